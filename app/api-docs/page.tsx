import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { openApiDocument } from "@/lib/api/openapi";

export const metadata: Metadata = { title: "API" };

type Parameter = { name: string; in: string; required?: boolean; description?: string; schema?: { type?: string; enum?: string[]; description?: string; maximum?: number } };
type Operation = { summary?: string; description?: string; parameters?: Parameter[]; responses?: Record<string, { description?: string; content?: Record<string, { schema?: { $ref?: string } }> }> };

const schemaName = (schema: { $ref?: string; anyOf?: Array<{ $ref?: string }> } | undefined) =>
  schema?.$ref?.split("/").at(-1) ?? schema?.anyOf?.map((s) => s.$ref?.split("/").at(-1)).join(" or ") ?? "JSON";

/** The OpenAPI document of the read API, as a page: every operation with its parameters and answers. */
export default function ApiDocsPage() {
  const document = openApiDocument();
  const paths = Object.entries(document.paths ?? {}) as Array<[string, Record<string, Operation>]>;
  const schemas = Object.entries(document.components?.schemas ?? {});
  return (
    <>
      <PageHeader title="Read API">
        <p>{document.info.description}</p>
        <p className="mt-2 text-sm">
          The machine-readable document: <a href="/api/v1/openapi.json" className="text-indigo-800 underline">/api/v1/openapi.json</a> (OpenAPI {document.openapi}). Every address below starts with{" "}
          <code>/api/v1</code>.
        </p>
      </PageHeader>
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
            <pre className="mt-2 overflow-x-auto text-xs">{JSON.stringify(schema, null, 2)}</pre>
          </details>
        ))}
      </div>
    </>
  );
}
