// Fails (exit 1) when a reading page of the production build ships more than the budget of gzipped
// first-load JavaScript, naming each such page and its size. `npm run build` runs it after
// `next build`; `npm test` runs it after the end-to-end tests have built the app.
//
//   tsx scripts/check-page-weight.ts [.next]
import path from "node:path";
import { JS_BUDGET_BYTES, pageWeights, routeOf } from "./page-weight";

const nextDir = path.resolve(process.argv[2] ?? ".next");
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

try {
  const weights = pageWeights(nextDir);
  for (const { page, bytes } of weights) console.log(`${bytes > JS_BUDGET_BYTES ? "OVER" : "ok  "} ${routeOf(page).padEnd(16)} ${kb(bytes)}`);
  const over = weights.filter((w) => w.bytes > JS_BUDGET_BYTES);
  if (over.length > 0) {
    console.error(
      `\n${over.length} reading page(s) over the ${kb(JS_BUDGET_BYTES)} budget of gzipped first-load JavaScript: ` +
        over.map((w) => `${routeOf(w.page)} ${kb(w.bytes)}`).join(", "),
    );
    process.exit(1);
  }
  console.log(`Every reading page is within ${kb(JS_BUDGET_BYTES)} of gzipped first-load JavaScript.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
