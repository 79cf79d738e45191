import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { openApiDocument } from "@/lib/api/openapi";

export const metadata: Metadata = { title: "API" };

type Parameter = { name: string; in: string; required?: boolean; description?: string; schema?: { type?: string; enum?: string[]; description?: string; maximum?: number } };
type Operation = {
  summary?: string;
  description?: string;
  parameters?: Parameter[];
  security?: Array<Record<string, string[]>>;
  requestBody?: { content?: Record<string, { schema?: { $ref?: string; anyOf?: Array<{ $ref?: string }> } }> };
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: { $ref?: string } }> }> };

const schemaName = (schema: { $ref?: string; anyOf?: Array<{ $ref?: string }> } | undefined) =>
  schema?.$ref?.split("/").at(-1) ?? schema?.anyOf?.map((s) => s.$ref?.split("/").at(-1)).join(" or ") ?? "JSON";

/** The OpenAPI document of the API, as a page: how to authenticate, and every operation with its parameters and answers. */
export default function ApiDocsPage() {
  const document = openApiDocument();
  const paths = Object.entries(document.paths ?? {}) as Array<[string, Record<string, Operation>]>;
  const schemas = Object.entries(document.components?.schemas ?? {});
  return (
    <>
      <PageHeader title="API">
        <p>{document.info.description}</p>
        <p className="mt-2 text-sm">
          The machine-readable document: <a href="/api/v1/openapi.json" className="text-indigo-800 underline">/api/v1/openapi.json</a> (OpenAPI {document.openapi}). Every address below starts with{" "}
          <code>/api/v1</code>.
        </p>
      </PageHeader>
      <section aria-labelledby="api-auth" className="mb-8 rounded-lg border border-stone-200 bg-white p-5 text-sm text-stone-800">
        <h2 id="api-auth" className="text-lg font-semibold text-stone-900">
          Writing with a token
        </h2>
        <p className="mt-1">
          Reads need nothing. Writes need an editor: create a personal API token on{" "}
          <a href="/account/tokens" className="text-indigo-800 underline">
            API tokens
          </a>{" "}
          (in the header when signed in) with the <strong>write</strong> scope, and send it with each request. The token&apos;s owner is the author of every revision it makes.
        </p>
        <pre tabIndex={0} aria-label="Example: adding a source with a token" className="mt-2 overflow-x-auto rounded bg-stone-50 p-2 text-xs">{`curl -X POST https://…/api/v1/sources \\
  -H "Authorization: Bearer fl_…" -H "Content-Type: application/json" \\
  -d '{"title":"…","publishedAt":"2024-08-13","text":"…"}'`}</pre>
        <p className="mt-2">
          A read token, or an account without the editor role, gets 403; a malformed, unknown, revoked or expired token, or one whose account is suspended, gets 401. Each answer names the problem in <code>error</code>. Requests
          with the browser&apos;s session instead must be JSON from the ledger&apos;s own pages.
        </p>
      </section>
      <div className="space-y-8">
        {paths.flatMap(([path, item]) =>
          Object.entries(item).map(([method, op]) => (
            <section key={`${method} ${path}`} aria-labelledby={`op-${method}-${path}`} className="rounded-lg border border-stone-200 bg-white p-5">
              <h2 id={`op-${method}-${path}`} className="font-mono text-lg">
                <span className="mr-2 rounded bg-indigo-900 px-2 py-0.5 text-sm font-semibold text-white">{method.toUpperCase()}</span>
                {path}
              </h2>
              <p className="mt-1 font-medium text-stone-900">{op.summary}</p>
              <p className="text-sm text-stone-700">{op.description}</p>
              {op.security && <p className="mt-1 text-sm text-stone-700">Needs a write token or an editor&apos;s session.</p>}
              {op.requestBody && (
                <p className="mt-1 text-sm text-stone-700">
                  Body: <span className="font-mono">{schemaName(op.requestBody.content?.["application/json"]?.schema)}</span>
                </p>
              )}
              {op.parameters && op.parameters.length > 0 && (
                <table className="stacked-table mt-3 w-full text-left text-sm">
                  <caption className="sr-only">Parameters of {path}</caption>
                  <thead>
                    <tr className="border-b border-stone-200">
                      <th scope="col" className="py-1 pr-3">Parameter</th>
                      <th scope="col" className="py-1 pr-3">In</th>
                      <th scope="col" className="py-1">Meaning</th>
                    </tr>
                  </thead>
                  <tbody>
                    {op.parameters.map((p) => (
                      <tr key={`${p.in}-${p.name}`} className="border-b border-stone-100 align-top">
                        <td className="py-1 pr-3 font-mono font-semibold sm:font-normal">
                          {p.name}
                          {p.required ? " *" : ""}
                        </td>
                        <td data-label="In" className="py-1 pr-3">{p.in}</td>
                        <td className="py-1">
                          {p.description ?? p.schema?.description}
                          {p.schema?.enum && <span className="text-stone-600"> One of: {p.schema.enum.join(", ")}.</span>}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              <ul className="mt-3 text-sm">
                {Object.entries(op.responses ?? {}).map(([code, r]) => (
                  <li key={code}>
                    <span className="font-mono font-semibold">{code}</span> {r.description} <span className="text-stone-600">({schemaName(r.content?.["application/json"]?.schema)})</span>
                  </li>
                ))}
              </ul>
            </section>
          )),
        )}
      </div>
      <h2 className="mb-3 mt-10 text-xl font-semibold">Shapes</h2>
      <div className="space-y-2">
        {schemas.map(([name, schema]) => (
          <details key={name} className="rounded border border-stone-200 bg-white p-3">
            <summary className="cursor-pointer font-mono">{name}</summary>
            <pre tabIndex={0} className="mt-2 overflow-x-auto text-xs">{JSON.stringify(schema, null, 2)}</pre>
          </details>
        ))}
      </div>
    </>
  );
}
