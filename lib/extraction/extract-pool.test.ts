import { afterAll, describe, expect, it } from "vitest";
import { countriesGazetteer } from "./gazetteer";
import { extractRequestSchema, runExtraction } from "./extract-input";
import { closeExtractionPool, extractInWorker } from "./extract-pool";
import { worldPlaces } from "./world-places-loader";

const context = { gazetteer: countriesGazetteer(), metrics: [{ slug: "isis-fighters", name: "ISIS fighters", unit: "fighters" }] };
const article =
  "CENTCOM said approximately 2,500 ISIS fighters remain in Syria and Iraq, more than double the previous estimates from January 2024. " +
  "In 2019, 15,000 fighters were still estimated. The SDF said it captured 233 ISIS fighters in 28 operations this year.";

describe("extraction in a worker thread", () => {
  afterAll(closeExtractionPool);

  it("proposes exactly what the extractor proposes on the request thread", async () => {
    const request = extractRequestSchema.parse({ text: article, publishedOn: "2024-08-13" });
    // The world index stays behind; the thread loads its own.
    const withWorld = { ...context, worldPlaces: worldPlaces() };
    const inWorker = await extractInWorker(request, withWorld);
    expect(inWorker.count).toBeGreaterThan(2);
    expect(inWorker).toEqual(JSON.parse(JSON.stringify(runExtraction(request, withWorld))));
  }, 60_000);

  it("leaves this thread free while a long text is extracted", async () => {
    const request = extractRequestSchema.parse({ text: `${article}\n\n`.repeat(400), publishedOn: "2024-08-13" });
    await extractInWorker(extractRequestSchema.parse({ text: article, publishedOn: null }), context); // warm the worker
    let longestGap = 0;
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
    }, 5);
    const started = performance.now();
    const result = await extractInWorker(request, context);
    const took = performance.now() - started;
    clearInterval(timer);
    expect(result.count).toBeGreaterThan(400);
    // The extraction takes far longer than any pause of this thread's timers.
    expect(took).toBeGreaterThan(4 * longestGap);
  }, 120_000);

  it("ends the work when the caller goes away", async () => {
    const request = extractRequestSchema.parse({ text: `${article}\n\n`.repeat(2000), publishedOn: "2024-08-13" });
    const controller = new AbortController();
    const started = performance.now();
    const running = extractInWorker(request, context, controller.signal);
    setTimeout(() => controller.abort(), 300);
    await expect(running).rejects.toThrow(/abort/i);
    expect(performance.now() - started).toBeLessThan(5_000);
    // The pool goes on serving.
    expect((await extractInWorker(extractRequestSchema.parse({ text: article, publishedOn: null }), context)).count).toBeGreaterThan(0);
  }, 120_000);
});
