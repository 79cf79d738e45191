import { NextResponse } from "next/server";
import { ZodError, type ZodType } from "zod";
import { AuthError } from "@/lib/auth/roles";
import { LedgerConflictError, LedgerInputError, LedgerNotFoundError } from "@/lib/commands/errors";
import { bodyLimitFor, JSON_DEPTH_LIMIT, jsonDepthExceeds } from "@/lib/http/body-limits";
import { readBodyText } from "@/lib/http/read-body";
import { fieldErrors } from "@/lib/schemas/field-errors";

export type ApiErrorBody = { error: string; fields?: Record<string, string>; detail?: Record<string, unknown>; limit?: Record<string, unknown> };

/** A body refused for its shape before any schema sees it: too large (413) or nested too deep (422). */
export class RequestBodyError extends Error {
  constructor(
    readonly status: 413 | 422,
    message: string,
    readonly limit: Record<string, unknown>,
  ) {
    super(message);
    this.name = "RequestBodyError";
  }
}

/**
 * The one place errors become HTTP answers: bad input 422 with the fields named, no session 401,
 * no right 403, missing 404, a conflict 409. Anything else is a bug and answers 500 without detail.
 */
export function errorResponse(error: unknown): NextResponse<ApiErrorBody> {
  if (error instanceof ZodError) return NextResponse.json({ error: "The request has invalid fields.", fields: fieldErrors(error) }, { status: 422 });
  if (error instanceof LedgerInputError) return NextResponse.json({ error: "The request does not fit the ledger.", fields: error.fields }, { status: 422 });
  if (error instanceof RequestBodyError) return NextResponse.json({ error: error.message, limit: error.limit }, { status: error.status });
  if (error instanceof AuthError) return NextResponse.json({ error: error.message }, { status: error.status });
  if (error instanceof LedgerNotFoundError) return NextResponse.json({ error: error.message }, { status: 404 });
  if (error instanceof LedgerConflictError) return NextResponse.json({ error: error.message, detail: error.detail }, { status: 409 });
  console.error(error);
  return NextResponse.json({ error: "Something went wrong on our side; nothing was changed." }, { status: 500 });
}

/**
 * Reads a JSON body within its route's size limit, refuses nesting deeper than JSON_DEPTH_LIMIT
 * before parsing, and parses it with the thing's schema; malformed JSON is a 422 input error too.
 * (The proxy already refused bodies that declared a larger size; this also holds for the rest.)
 */
export async function parseJsonBody<T>(request: Request, schema: ZodType<T>): Promise<T> {
  const limit = bodyLimitFor(new URL(request.url).pathname, false);
  const read = await readBodyText(request, limit.bytes);
  if (!read.ok) throw new RequestBodyError(413, `The body is over this route's ${limit.label} limit.`, { bytes: limit.bytes, label: limit.label });
  if (jsonDepthExceeds(read.text)) {
    throw new RequestBodyError(422, `The JSON is nested more than ${JSON_DEPTH_LIMIT} levels deep.`, { depth: JSON_DEPTH_LIMIT });
  }
  let body: unknown;
  try {
    body = JSON.parse(read.text);
  } catch {
    throw new ZodError([{ code: "custom", path: [], message: "The body must be JSON.", input: undefined }]);
  }
  return schema.parse(body);
}
