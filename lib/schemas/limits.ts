/**
 * How much a source may hold, stated on the form before anything is sent and checked at the field,
 * in the server action and in the API alike. Client-safe: the source form reads these numbers.
 */
export const SOURCE_TEXT_LIMIT = 500_000;
/** An uploaded .txt or .html page may be larger than its article text: markup is dropped. */
export const SOURCE_UPLOAD_LIMIT_BYTES = 2_000_000;

const fmt = (n: number) => n.toLocaleString("en-US");

export const SOURCE_TEXT_LIMIT_TEXT = `${fmt(SOURCE_TEXT_LIMIT)} characters`;
export const SOURCE_UPLOAD_LIMIT_TEXT = `${fmt(SOURCE_UPLOAD_LIMIT_BYTES / 1_000_000)} MB`;

export function textOverLimitMessage(length: number): string {
  return `The text has ${fmt(length)} characters; the limit is ${SOURCE_TEXT_LIMIT_TEXT}. Split the article into parts, or keep only the article's own text.`;
}

export function uploadOverLimitMessage(bytes: number): string {
  return `The file has ${(bytes / 1_000_000).toFixed(1)} MB; the limit is ${SOURCE_UPLOAD_LIMIT_TEXT}.`;
}

/** Input over a stated size limit: a form shows it at the field, the API answers 413 naming the limit. */
export class InputTooLargeError extends Error {
  constructor(
    readonly field: string,
    readonly limit: string,
    message: string,
  ) {
    super(message);
    this.name = "InputTooLargeError";
  }
}

/** Refuses a text over the limit before it is parsed or stored, naming the limit. */
export function assertSourceTextSize(text: unknown): void {
  if (typeof text === "string" && text.length > SOURCE_TEXT_LIMIT) throw new InputTooLargeError("text", SOURCE_TEXT_LIMIT_TEXT, textOverLimitMessage(text.length));
}
