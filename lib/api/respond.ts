import { NextResponse } from "next/server";
import { ZodError, type ZodType } from "zod";
import { AuthError } from "@/lib/auth/roles";
import { LedgerConflictError, LedgerInputError, LedgerNotFoundError } from "@/lib/commands/errors";
import { fieldErrors } from "@/lib/schemas/field-errors";
import { InputTooLargeError } from "@/lib/schemas/limits";

export type ApiErrorBody = { error: string; fields?: Record<string, string>; detail?: Record<string, unknown> };

/**
 * The one place errors become HTTP answers: bad input 422 with the fields named, over a size limit 413, no session 401,
 * no right 403, missing 404, a conflict 409. Anything else is a bug and answers 500 without detail.
 */
export function errorResponse(error: unknown): NextResponse<ApiErrorBody> {
  if (error instanceof ZodError) return NextResponse.json({ error: "The request has invalid fields.", fields: fieldErrors(error) }, { status: 422 });
  if (error instanceof InputTooLargeError) {
    return NextResponse.json({ error: error.message, fields: { [error.field]: error.message }, detail: { limit: error.limit } }, { status: 413 });
  }
  if (error instanceof LedgerInputError) return NextResponse.json({ error: "The request does not fit the ledger.", fields: error.fields }, { status: 422 });
  if (error instanceof AuthError) return NextResponse.json({ error: error.message }, { status: error.status });
  if (error instanceof LedgerNotFoundError) return NextResponse.json({ error: error.message }, { status: 404 });
  if (error instanceof LedgerConflictError) return NextResponse.json({ error: error.message, detail: error.detail }, { status: 409 });
  console.error(error);
  return NextResponse.json({ error: "Something went wrong on our side; nothing was changed." }, { status: 500 });
}

/** Reads a JSON body and parses it with the thing's schema; malformed JSON is a 400-class input error too. `check` runs first (a size limit). */
export async function parseJsonBody<T>(request: Request, schema: ZodType<T>, check?: (body: unknown) => void): Promise<T> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw new ZodError([{ code: "custom", path: [], message: "The body must be JSON.", input: undefined }]);
  }
  check?.(body);
  return schema.parse(body);
}
