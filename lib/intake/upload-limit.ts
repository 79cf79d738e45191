// The upload limit, in a module the browser can load too: the form refuses a larger file before
// sending it, and the server refuses it again with the same words.
export const UPLOAD_LIMIT_BYTES = 2_000_000;

export function uploadTooLargeMessage(bytes: number): string {
  const mb = (n: number) => (n / 1_000_000).toLocaleString("en-US", { maximumFractionDigits: 1 });
  return `The file is ${mb(bytes)} MB; the limit is ${mb(UPLOAD_LIMIT_BYTES)} MB. Upload a smaller file, or paste the article's text.`;
}
