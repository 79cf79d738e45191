/**
 * Proposes every figure in an article: `npm run extract -- article.txt --published 2024-08-13`.
 * Reads a file, or standard input for "-", and prints the proposals as JSON. The gazetteer is the
 * world's countries plus the places of seeds/taxonomy.json, and the metrics are the taxonomy's; no
 * database is needed. Bad input prints a message on stderr and exits with 2.
 */
import fs from "node:fs";
import { decodeArticleBytes, extractRequestSchema, runExtraction } from "@/lib/extraction/extract-input";
import { extractionContextFromTaxonomy } from "@/lib/extraction/taxonomy-context";
import { readSeeds } from "@/lib/seed/read-seeds";

const USAGE = "Usage: npm run extract -- <article.txt | -> [--published YYYY-MM-DD]";

class InputError extends Error {}

function parseArgs(argv: string[]): { file: string; published: string | null } {
  let file: string | null = null;
  let published: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--help" || arg === "-h") {
      console.log(USAGE);
      process.exit(0);
    } else if (arg === "--published" || arg === "-p") {
      const value = argv[++i];
      if (value === undefined) throw new InputError("--published needs a date, e.g. --published 2024-08-13.");
      published = value;
    } else if (arg.startsWith("--published=")) {
      published = arg.slice("--published=".length);
    } else if (arg.startsWith("-") && arg !== "-") {
      throw new InputError(`Unknown option ${arg}.`);
    } else if (file === null) {
      file = arg;
    } else {
      throw new InputError(`Give one article, not "${file}" and "${arg}".`);
    }
  }
  if (file === null) throw new InputError("Name the article file, or - to read standard input.");
  return { file, published };
}

function readInput(file: string): Uint8Array {
  if (file === "-") return fs.readFileSync(0);
  if (!fs.existsSync(file)) throw new InputError(`No such file: ${file}`);
  if (!fs.statSync(file).isFile()) throw new InputError(`Not a file: ${file}`);
  return fs.readFileSync(file);
}

function main(): void {
  const { file, published } = parseArgs(process.argv.slice(2));
  const decoded = decodeArticleBytes(readInput(file));
  if (!decoded.ok) throw new InputError(`${file === "-" ? "Standard input" : file}: ${decoded.message}`);

  const request = extractRequestSchema.safeParse({ text: decoded.text, publishedOn: published });
  if (!request.success) {
    const problems = request.error.issues.map((issue) =>
      issue.path[0] === "publishedOn" ? `--published ${published}: ${issue.message}` : issue.message,
    );
    throw new InputError(problems.join("\n"));
  }

  const { proposals } = runExtraction(request.data, extractionContextFromTaxonomy(readSeeds().taxonomy));
  const shown = proposals.map((p) => ({
    surface: p.surface,
    low: p.low,
    best: p.best,
    high: p.high,
    qualifier: p.qualifier,
    vagueTerm: p.vagueTerm,
    start: p.start,
    end: p.end,
    quote: p.quote,
    metric: p.metric,
    place: p.place,
    period: p.period,
    attribution: p.attribution,
    relation: p.relation,
  }));
  process.stdout.write(`${JSON.stringify(shown, null, 2)}\n`);
}

try {
  main();
} catch (error) {
  if (error instanceof InputError) {
    process.stderr.write(`extract: ${error.message}\n${USAGE}\n`);
    process.exit(2);
  }
  throw error;
}
