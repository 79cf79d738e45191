import { z } from "zod";

/** Opaque keyset cursor: the sort value and id of the last row shown. */
const cursorSchema = z.object({ v: z.string().nullable(), id: z.number().int().positive() });
export type Cursor = z.infer<typeof cursorSchema>;

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

/** A malformed cursor reads as "from the start" rather than failing the page. */
export function decodeCursor(raw: string | undefined | null): Cursor | null {
  if (!raw) return null;
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(raw, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export type Page<T> = { rows: T[]; next: string | null };
