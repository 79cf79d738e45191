import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { seedClaimFileSchema, seedTaxonomySchema, type SeedClaimFile, type SeedTaxonomy } from "@/lib/schemas/seed";

export const SEEDS_DIR = path.join(process.cwd(), "seeds");

export type SeedBundle = {
  taxonomy: SeedTaxonomy;
  files: Array<SeedClaimFile & { name: string; text: string }>;
};

export class SeedError extends Error {
  constructor(readonly problems: string[]) {
    super(`The seed files are not valid:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "SeedError";
  }
}

function parseJson<T>(file: string, schema: z.ZodType<T>, problems: string[]): T | null {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    problems.push(`${path.relative(process.cwd(), file)}: ${(error as Error).message}`);
    return null;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      problems.push(`${path.relative(process.cwd(), file)} at ${issue.path.join(".") || "(root)"}: ${issue.message}`);
    }
    return null;
  }
  return parsed.data;
}

/** Reads and validates every seed file; throws one SeedError listing every problem found. */
export function readSeeds(dir: string = SEEDS_DIR): SeedBundle {
  const problems: string[] = [];
  const taxonomy = parseJson(path.join(dir, "taxonomy.json"), seedTaxonomySchema, problems);
  const claimDir = path.join(dir, "claims");
  const files: SeedBundle["files"] = [];
  for (const name of fs.readdirSync(claimDir).filter((f) => f.endsWith(".json")).sort()) {
    const parsed = parseJson(path.join(claimDir, name), seedClaimFileSchema, problems);
    if (!parsed) continue;
    const articlePath = path.join(dir, "articles", parsed.source.file);
    if (!fs.existsSync(articlePath)) {
      problems.push(`claims/${name}: article ${parsed.source.file} is missing`);
      continue;
    }
    files.push({ ...parsed, name, text: fs.readFileSync(articlePath, "utf8") });
  }
  if (problems.length > 0 || !taxonomy) throw new SeedError(problems);
  return { taxonomy, files };
}
