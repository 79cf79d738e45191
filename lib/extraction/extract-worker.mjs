// The worker-thread side of the extraction pool (lib/extraction/extract-pool.ts). It loads the
// extractor's TypeScript through tsx, as the CLI scripts do, so the same source runs here and on
// the command line; each call is one validated request with the context the server read.
import { register } from "tsx/esm/api";

register();
const { runExtraction } = await import("./extract-input.ts");
const { worldPlaces } = await import("./world-places-loader.ts");

export default function extract({ request, context, withWorldPlaces }) {
  return runExtraction(request, withWorldPlaces ? { ...context, worldPlaces: worldPlaces() } : context);
}
