import type { ZodError } from "zod";

/** Field messages of a zod error, keyed by dotted path ("value.low"), first message per field. */
export function fieldErrors(error: ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    fields[key] ??= issue.message;
  }
  return fields;
}
