import { z } from "zod";

/**
 * An opaque keyset cursor codec: the sort key of the last row shown, as base64url JSON, checked by
 * `schema` when read back. A malformed cursor reads as "from the start" rather than failing the page.
 */
export function cursorCodec<T>(schema: z.ZodType<T>) {
  return {
    encode(cursor: T): string {
      return Buffer.from(JSON.stringify(cursor)).toString("base64url");
    },
    decode(raw: string | undefined | null): T | null {
      if (!raw) return null;
      try {
        const parsed = schema.safeParse(JSON.parse(Buffer.from(raw, "base64url").toString("utf8")));
        return parsed.success ? parsed.data : null;
      } catch {
        return null;
      }
    },
  };
}

/** The cursor of the ledger's lists: the sort value and id of the last row shown. */
const cursorSchema = z.object({ v: z.string().nullable(), id: z.number().int().positive() });
export type Cursor = z.infer<typeof cursorSchema>;
const cursors = cursorCodec(cursorSchema);

export const encodeCursor = cursors.encode;
export const decodeCursor = cursors.decode;

export type Page<T> = { rows: T[]; next: string | null };
