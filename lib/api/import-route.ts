import { NextResponse } from "next/server";
import { requireRoleForRequest } from "@/lib/auth/current-user";
import { importLedger } from "@/lib/commands/app";
import { LedgerImportError } from "@/lib/commands/errors";
import { BODY_LIMITS } from "@/lib/http/body-limits";
import { readBodyText } from "@/lib/http/read-body";
import { readLedgerFile } from "@/lib/import/read-ledger-file";
import type { ImportProblem } from "@/lib/schemas/ledger-file";
import { errorResponse } from "./respond";

/** Each problem as "line 12: best" → message, beside the full list, like the API's other `fields`. */
function problemFields(problems: ImportProblem[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const p of problems) fields[`line ${p.line}${p.field ? `: ${p.field}` : ""}`] ??= p.message;
  return fields;
}

function refusal(status: 400 | 422, problems: ImportProblem[]) {
  const error =
    status === 400
      ? `The file is not a ledger file as the export writes it: ${problems.length} problem(s); nothing was imported.`
      : `The file does not fit the ledger: ${problems.length} problem(s); nothing was imported.`;
  return { status, error, problems, fields: problemFields(problems) };
}

/**
 * POST /api/v1/imports: a ledger file (JSON Lines, as GET /api/v1/exports/ledger.jsonl writes it)
 * imported whole or not at all. Editors only; at most BODY_LIMITS.imports. The file is read and
 * checked before anything is answered: a malformed one answers 400 naming each bad line and field.
 * Then, by default, 201 with the summary, or 422 with the rows the ledger refuses. With
 * `Accept: application/x-ndjson` the answer streams: a line per step of the write
 * ({"phase","done","total"}), then {"result":"imported",…} or {"result":"refused",…}.
 */
export async function importResponse(request: Request): Promise<Response> {
  try {
    const user = await requireRoleForRequest(request, "editor");
    const limit = BODY_LIMITS.imports;
    const read = await readBodyText(request, limit.bytes);
    if (!read.ok) return NextResponse.json({ error: `The file is over this route's ${limit.label} limit; import larger files with npm run import.`, limit }, { status: 413 });
    const file = readLedgerFile(read.text);
    if (!file.ok) {
      const { status, ...body } = refusal(400, file.problems);
      return NextResponse.json(body, { status });
    }
    if (!(request.headers.get("accept") ?? "").includes("application/x-ndjson")) {
      try {
        return NextResponse.json({ imported: await importLedger(file.file, user.id) }, { status: 201 });
      } catch (error) {
        if (!(error instanceof LedgerImportError)) throw error;
        const { status, ...body } = refusal(422, error.problems);
        return NextResponse.json(body, { status });
      }
    }
    const encoder = new TextEncoder();
    const stream = new ReadableStream<Uint8Array>({
      async start(controller) {
        const send = (line: unknown) => controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
        try {
          let last = 0;
          const imported = await importLedger(file.file, user.id, (phase, done, total) => {
            // At most a few lines a second, and always the end of each step.
            const now = Date.now();
            if (done === total || now - last > 100) {
              last = now;
              send({ phase, done, total });
            }
          });
          send({ result: "imported", imported });
        } catch (error) {
          if (error instanceof LedgerImportError) send({ result: "refused", ...refusal(422, error.problems) });
          else {
            console.error(error);
            send({ result: "failed", error: "Something went wrong on our side; nothing was imported." });
          }
        }
        controller.close();
      },
    });
    return new Response(stream, { headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
