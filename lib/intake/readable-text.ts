import { Readability } from "@mozilla/readability";
import { JSDOM } from "jsdom";

import { UPLOAD_LIMIT_BYTES, uploadTooLargeMessage } from "./upload-limit";

export { UPLOAD_LIMIT_BYTES };

export type UploadedText = { ok: true; text: string; title: string | null } | { ok: false; message: string };

/** True when the bytes are not text we can read: NUL bytes, or not valid UTF-8. */
function isBinary(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return true;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return false;
  } catch {
    return true;
  }
}

/** The article's readable text from an HTML page: Readability's main content, paragraphs kept apart. */
export function readableTextFromHtml(html: string): { text: string; title: string | null } {
  const page = new JSDOM(html).window.document;
  const article = new Readability(page.cloneNode(true) as Document).parse();
  const content = article?.content ? new JSDOM(article.content).window.document : page;
  const fold = (s: string | null) => (s ?? "").replace(/\s+/g, " ").trim();
  // One paragraph per block, so quotes keep their sentences together and paragraphs stay apart.
  const blocks = [...content.querySelectorAll("p, h1, h2, h3, h4, h5, h6, li, blockquote, pre")]
    .filter((el) => !el.querySelector("p, li, blockquote"))
    .map((el) => fold(el.textContent))
    .filter(Boolean);
  const text = blocks.length > 0 ? blocks.join("\n\n") : fold(content.body?.textContent ?? "");
  return { text, title: article?.title?.trim() || page.title?.trim() || null };
}

/** Reads an uploaded .txt or .html file into article text, or says plainly why it cannot. */
export function readUpload(name: string, bytes: Uint8Array): UploadedText {
  if (bytes.length === 0) return { ok: false, message: "The file is empty." };
  if (bytes.length > UPLOAD_LIMIT_BYTES) return { ok: false, message: uploadTooLargeMessage(bytes.length) };
  if (isBinary(bytes)) return { ok: false, message: "The file is not readable text. Upload a .txt or .html file." };
  const raw = new TextDecoder("utf-8").decode(bytes);
  if (/\.html?$/i.test(name) || /^\s*<(!doctype html|html|head|body)\b/i.test(raw)) {
    const { text, title } = readableTextFromHtml(raw);
    return text ? { ok: true, text, title } : { ok: false, message: "No readable article text was found in the HTML." };
  }
  if (!/\.txt$/i.test(name)) return { ok: false, message: "Upload a .txt or .html file." };
  return { ok: true, text: raw.replace(/\r\n?/g, "\n"), title: null };
}
