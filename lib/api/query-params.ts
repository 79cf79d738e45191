import { ZodError } from "zod";

/**
 * A request's query string as an object for its zod schema, refusing names the endpoint does not
 * know (a misspelt filter silently ignored would answer the wrong question) and repeated names.
 */
export function queryParams(request: Request, known: readonly string[]): Record<string, string> {
  const params = new URL(request.url).searchParams;
  const out: Record<string, string> = {};
  const issues: ZodError["issues"] = [];
  for (const [name, value] of params) {
    if (!known.includes(name)) issues.push({ code: "custom", path: [name], message: `Unknown parameter “${name.slice(0, 40)}”; this endpoint takes ${known.join(", ")}.`, input: value });
    else if (name in out) issues.push({ code: "custom", path: [name], message: `Give “${name}” once.`, input: value });
    else out[name] = value;
  }
  if (issues.length > 0) throw new ZodError(issues);
  return out;
}
