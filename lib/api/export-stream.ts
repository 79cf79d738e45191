import { Readable } from "node:stream";
import { stringify } from "csv-stringify";
import { claimWhere } from "@/lib/data/claim-list";
import { EXPORT_COLUMNS, exportClaims, type ExportRow } from "@/lib/data/claim-export";
import { exportLedger } from "@/lib/data/ledger-export";
import { CLAIM_FILTER_NAMES, claimFiltersSchema } from "@/lib/schemas/claim-filters";
import { queryParams } from "./query-params";
import { errorResponse } from "./respond";

/**
 * Downloads of a filtered view, streamed a batch of claims at a time; nothing builds the file in
 * memory. The end of a complete file is marked, so that a download cut off by a network or a
 * server failure can be told from a whole one:
 * - CSV: the last row has `#complete` in the `id` column and the number of claims in `permalink`;
 * - JSON Lines: the last line is {"complete":true,"claims":N}.
 * A file without that last row is incomplete. A failure while streaming aborts the response
 * instead of ending it cleanly, so the marker is never written after an error.
 */
export const CSV_END_MARK = "#complete";

type Format = "csv" | "jsonl";

async function* withEnd(rows: AsyncGenerator<ExportRow>, end: (count: number) => unknown): AsyncGenerator<unknown> {
  let count = 0;
  for await (const row of rows) {
    count += 1;
    yield row;
  }
  yield end(count);
}

export async function exportResponse(request: Request, format: Format): Promise<Response> {
  try {
    const filters = claimFiltersSchema.parse(queryParams(request, CLAIM_FILTER_NAMES));
    // Resolved before the first byte, so that an unknown slug answers 422 instead of a broken file.
    const where = await claimWhere(filters);
    const rows = exportClaims(where, new URL(request.url).origin);
    const day = new Date().toISOString().slice(0, 10);
    let body: Readable;
    if (format === "csv") {
      const source = Readable.from(withEnd(rows, (count) => ({ id: CSV_END_MARK, permalink: String(count) })));
      // escape_formulas: a quote that starts with "=" must not run as a formula when the file is opened in a spreadsheet.
      const csv = stringify({ header: true, columns: EXPORT_COLUMNS as string[], escape_formulas: true });
      source.on("error", (error) => csv.destroy(error));
      body = source.pipe(csv);
    } else {
      body = Readable.from(
        (async function* () {
          for await (const row of withEnd(rows, (count) => ({ complete: true, claims: count }))) yield Buffer.from(`${JSON.stringify(row)}\n`);
        })(),
      );
    }
    return new Response(Readable.toWeb(body) as ReadableStream, {
      headers: {
        "content-type": format === "csv" ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8",
        "content-disposition": `attachment; filename="figure-ledger-claims-${day}.${format}"`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}

/**
 * The whole ledger as the ledger file (lib/schemas/ledger-file.ts): every source, each followed by
 * its claims, streamed, ending with {"complete":true,"sources":M,"claims":N}. What POST
 * /api/v1/imports and `npm run import` read: a round trip gives the same file again.
 */
export async function ledgerExportResponse(): Promise<Response> {
  const day = new Date().toISOString().slice(0, 10);
  const body = Readable.from(
    (async function* () {
      for await (const line of exportLedger()) yield Buffer.from(`${JSON.stringify(line)}\n`);
    })(),
  );
  return new Response(Readable.toWeb(body) as ReadableStream, {
    headers: {
      "content-type": "application/x-ndjson; charset=utf-8",
      "content-disposition": `attachment; filename="figure-ledger-${day}.jsonl"`,
      "cache-control": "no-store",
    },
  });
}
