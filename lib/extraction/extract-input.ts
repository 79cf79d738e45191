/**
 * One schema for an extraction request, shared by the CLI (scripts/extract.ts) and the JSON API
 * (POST /api/v1/extract), and the pure helper both call.
 */
import { z } from "zod";
import { today as todayUtc } from "@/lib/domain/today";
import { isoDay } from "@/lib/schemas/claim";
import { extractFigures, type Proposal } from "./extract-figures";
import type { ExtractionContext } from "./taxonomy-context";

/** The most text one request may carry, in characters (the CLI also refuses files over 1,000,000 bytes). */
export const MAX_TEXT_CHARS = 1_000_000;
export const MAX_FILE_BYTES = 1_000_000;


/** The schema, with "today" injectable so that tests do not depend on the clock. */
export function makeExtractRequestSchema(today: () => string = todayUtc) {
  return z.object({
    text: z
      .string()
      .max(MAX_TEXT_CHARS, `The text is too long: at most ${MAX_TEXT_CHARS.toLocaleString("en")} characters.`)
      .refine((t) => t.trim() !== "", { message: "The text is empty." })
      .refine((t) => !t.includes("\u0000"), { message: "The text contains NUL characters: it looks like binary data, not an article." })
      .describe("The article text, as pasted. Proposal offsets are UTF-16 code units into it."),
    publishedOn: isoDay
      .nullable()
      .default(null)
      .refine((d) => d === null || d <= today(), { message: "The publication date is in the future." })
      .describe("The source's publication day (YYYY-MM-DD), against which relative periods such as \"this year\" are resolved."),
  });
}

export const extractRequestSchema = makeExtractRequestSchema();
export type ExtractRequest = z.infer<typeof extractRequestSchema>;

export type ExtractResponse = { publishedOn: string | null; count: number; proposals: Proposal[] };

/** Runs the extractor on a validated request with the ledger's gazetteer and metrics. */
export function runExtraction(request: ExtractRequest, context: ExtractionContext): ExtractResponse {
  const proposals = extractFigures(request.text, { publishedOn: request.publishedOn, gazetteer: context.gazetteer, metrics: context.metrics });
  return { publishedOn: request.publishedOn, count: proposals.length, proposals };
}

/**
 * Text from raw bytes (a file or a request body): refuses more than MAX_FILE_BYTES, NUL bytes and
 * invalid UTF-8 with a message a person can act on.
 */
export function decodeArticleBytes(bytes: Uint8Array): { ok: true; text: string } | { ok: false; message: string } {
  if (bytes.byteLength > MAX_FILE_BYTES) {
    return { ok: false, message: `The file is ${bytes.byteLength.toLocaleString("en")} bytes; the limit is ${MAX_FILE_BYTES.toLocaleString("en")} bytes (1 MB).` };
  }
  if (bytes.byteLength === 0) return { ok: false, message: "The file is empty." };
  if (bytes.includes(0)) return { ok: false, message: "The file contains NUL bytes: it looks like binary data, not an article." };
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "") };
  } catch {
    return { ok: false, message: "The file is not valid UTF-8 text." };
  }
}
