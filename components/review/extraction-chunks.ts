/** Paragraph-aligned pieces of the article, so that no sentence is cut and progress can be shown. */
export function extractionChunks(text: string, maxChars = 6_000): Array<{ offset: number; text: string }> {
  const chunks: Array<{ offset: number; text: string }> = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + maxChars);
    if (end < text.length) {
      const cut = text.lastIndexOf("\n", end);
      if (cut > start) end = cut + 1;
    }
    chunks.push({ offset: start, text: text.slice(start, end) });
    start = end;
  }
  return chunks;
}
