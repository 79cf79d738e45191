// Reads a ledger file (lib/schemas/ledger-file.ts) and checks everything that needs no database:
// each line's shape, the forms' own rules for a source and a claim, the quote standing in its
// source's text, the links between lines, and sources repeated within the file. Pure: the import
// command checks the rest (slugs, sources the ledger has) inside its transaction.
import type { ZodError } from "zod";
import { contentHash, normaliseUrl } from "@/lib/domain/content-hash";
import { anchorQuote, type QuoteAnchor } from "@/lib/domain/quote-selector";
import { JSON_DEPTH_LIMIT, jsonDepthExceeds } from "@/lib/http/body-limits";
import { claimInputSchema, sourceInputSchema } from "@/lib/schemas/claim-input";
import { claimRelationSchema } from "@/lib/schemas/claim";
import {
  ledgerClaimLineSchema,
  ledgerEndLineSchema,
  ledgerSourceLineSchema,
  type ImportProblem,
  type LedgerClaimLine,
  type LedgerSourceLine,
} from "@/lib/schemas/ledger-file";

export type ReadSource = LedgerSourceLine & { line: number; urlKey: string | null; contentHash: string };
export type ReadClaim = Omit<LedgerClaimLine, "low" | "best" | "high" | "vague_term" | "modality" | "change" | "period_start" | "period_end"> & {
  line: number;
  low: string | null;
  best: string | null;
  high: string | null;
  vague_term: string | null;
  modality: "observed" | "planned" | "projected";
  change: "down" | "up" | null;
  period_start: string | null;
  period_end: string | null;
  anchor: QuoteAnchor;
  surfaceSpan: { start: number; end: number } | null;
};
export type LedgerFile = { sources: ReadSource[]; claims: ReadClaim[] };
export type ReadResult = { ok: true; file: LedgerFile } | { ok: false; problems: ImportProblem[] };

/** Reports stop after this many, so that a wholly wrong file answers quickly and briefly. */
export const PROBLEM_LIMIT = 200;

// The form schemas name fields as the forms do; the report names them as the file does.
const CLAIM_FIELD: Record<string, string> = {
  sourceId: "source_id",
  vagueTerm: "vague_term",
  quoteStart: "quote_start",
  periodStart: "period_start",
  periodEnd: "period_end",
  periodLabel: "period_label",
};
const SOURCE_FIELD: Record<string, string> = { publishedAt: "published" };

function problemsOf(error: ZodError, line: number, names: Record<string, string> = {}, prefix = ""): ImportProblem[] {
  return error.issues.map((issue) => {
    const [head, ...rest] = issue.path.map(String);
    const field = head === undefined ? null : [names[head] ?? head, ...rest].join(".");
    return { line, field: field === null ? (prefix || null) : prefix + field, message: issue.message };
  });
}

/** The claim's anchor at exactly `start`: which occurrence of the quote that is. */
function anchorAt(text: string, exact: string, start: number): QuoteAnchor | null {
  if (text.slice(start, start + exact.length) !== exact) return null;
  let occurrence = 0;
  for (let i = text.indexOf(exact); i !== -1 && i < start; i = text.indexOf(exact, i + 1)) occurrence += 1;
  const anchor = anchorQuote(text, exact, occurrence);
  return anchor && anchor.start === start ? anchor : null;
}

function checkSource(s: LedgerSourceLine, line: number, problems: ImportProblem[]): void {
  const form = sourceInputSchema.safeParse({ title: s.title ?? "", outlet: s.outlet, url: s.url, publishedAt: s.published, undated: s.published === null, text: s.text });
  if (!form.success) problems.push(...problemsOf(form.error, line, SOURCE_FIELD));
  if (s.not_before !== null && s.published !== null) problems.push({ line, field: "not_before", message: "Only an undated source has a not-before day." });
  if (s.republishes === s.id) problems.push({ line, field: "republishes", message: "A source cannot republish itself." });
}

function checkClaim(c: LedgerClaimLine, line: number, problems: ImportProblem[]): ReadClaim | null {
  const form = claimInputSchema.safeParse({
    sourceId: c.source_id,
    metric: c.metric,
    place: c.place,
    qualifier: c.qualifier,
    low: c.low,
    best: c.best,
    high: c.high,
    vagueTerm: c.vague_term,
    surface: c.surface,
    quote: c.quote,
    quoteStart: c.quote_start,
    periodStart: c.period_start,
    periodEnd: c.period_end,
    periodLabel: c.period_label,
    modality: c.modality,
    change: c.change,
    cumulative: c.cumulative,
    attribution: c.attribution,
    note: c.note,
  });
  if (!form.success) {
    problems.push(...problemsOf(form.error, line, CLAIM_FIELD));
    return null;
  }
  c.relations.forEach((r, i) => {
    const baseline =
      r.baseline_metric === null && r.baseline_place === null
        ? null
        : {
            metric: r.baseline_metric,
            place: r.baseline_place,
            period: { start: r.baseline_period_start, end: r.baseline_period_end, label: r.baseline_period_label },
            description: r.baseline_description,
          };
    const relation = claimRelationSchema.safeParse({ kind: r.kind, factor: r.factor, comparator: r.comparator, target: r.to === null ? null : String(r.to), baseline, note: r.note });
    if (!relation.success) problems.push(...problemsOf(relation.error, line, {}, `relations.${i}.`));
  });
  const v = form.data;
  return {
    ...c,
    line,
    low: v.low,
    best: v.best,
    high: v.high,
    vague_term: v.vagueTerm,
    surface: v.surface,
    modality: v.modality,
    change: v.change,
    cumulative: v.cumulative,
    period_start: v.periodStart,
    period_end: v.periodEnd,
    period_label: v.periodLabel,
    note: v.note,
    anchor: { exact: "", prefix: "", suffix: "", start: 0, end: 0 },
    surfaceSpan: null,
  };
}

function parseLine(text: string, line: number, problems: ImportProblem[]): unknown {
  if (jsonDepthExceeds(text)) {
    problems.push({ line, field: null, message: `This line nests more than ${JSON_DEPTH_LIMIT} levels deep.` });
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    problems.push({ line, field: null, message: `This line is not JSON: ${(error as Error).message}.` });
    return undefined;
  }
}

/**
 * Reads the file's lines. Every problem is reported with its line (up to PROBLEM_LIMIT), not only
 * the first, so that one pass over the report fixes the file. `onLine` is told the lines read.
 */
export function readLedgerFile(text: string, onLine?: (done: number, total: number) => void): ReadResult {
  const lines = text.split("\n");
  if (lines.at(-1) === "") lines.pop();
  const problems: ImportProblem[] = [];
  const sources: ReadSource[] = [];
  const claims: ReadClaim[] = [];
  const sourceById = new Map<number, ReadSource>();
  const claimIds = new Map<number, number>();
  const keys = new Map<string, number>();
  const urlKeys = new Map<string, number>();
  const hashes = new Map<string, number>();
  let end: { sources: number; claims: number } | null = null;

  for (let i = 0; i < lines.length && problems.length < PROBLEM_LIMIT; i += 1) {
    const line = i + 1;
    if (i % 5_000 === 0) onLine?.(i, lines.length);
    const raw = lines[i]!.replace(/\r$/, "");
    if (raw.trim() === "") continue;
    if (end) {
      problems.push({ line, field: null, message: "Nothing may follow the end line {\"complete\":true,…}." });
      break;
    }
    const value = parseLine(raw, line, problems);
    if (value === undefined) continue;
    const type = (value as { type?: unknown } | null)?.type;
    if (type === "source") {
      const parsed = ledgerSourceLineSchema.safeParse(value);
      if (!parsed.success) {
        problems.push(...problemsOf(parsed.error, line));
        continue;
      }
      const s = parsed.data;
      checkSource(s, line, problems);
      if (sourceById.has(s.id)) problems.push({ line, field: "id", message: `Source ${s.id} is already on line ${sourceById.get(s.id)!.line}.` });
      const source: ReadSource = { ...s, line, urlKey: s.url ? normaliseUrl(s.url) : null, contentHash: contentHash(s.text) };
      if (source.urlKey !== null) {
        const first = urlKeys.get(source.urlKey);
        if (first !== undefined) problems.push({ line, field: "url", message: `A duplicate of the source on line ${first}: the same address.` });
        else urlKeys.set(source.urlKey, line);
      }
      const sameText = hashes.get(source.contentHash);
      if (sameText !== undefined) problems.push({ line, field: "text", message: `A duplicate of the source on line ${sameText}: the same text.` });
      else hashes.set(source.contentHash, line);
      sourceById.set(s.id, source);
      sources.push(source);
    } else if (type === "claim") {
      const parsed = ledgerClaimLineSchema.safeParse(value);
      if (!parsed.success) {
        problems.push(...problemsOf(parsed.error, line));
        continue;
      }
      const c = parsed.data;
      if (claimIds.has(c.id)) problems.push({ line, field: "id", message: `Claim ${c.id} is already on line ${claimIds.get(c.id)}.` });
      claimIds.set(c.id, line);
      if (c.key !== null) {
        if (keys.has(c.key)) problems.push({ line, field: "key", message: `The key “${c.key}” is already on line ${keys.get(c.key)}.` });
        keys.set(c.key, line);
      }
      const claim = checkClaim(c, line, problems);
      const source = sourceById.get(c.source_id);
      if (!source) {
        problems.push({ line, field: "source_id", message: `No source ${c.source_id} before this line; a source comes before the claims that quote it.` });
        continue;
      }
      if (!claim) continue;
      const anchor = anchorAt(source.text, c.quote, c.quote_start);
      if (!anchor) {
        problems.push({ line, field: "quote", message: `The quote is not at position ${c.quote_start} of source ${c.source_id}'s text.` });
        continue;
      }
      claim.anchor = anchor;
      if (c.surface_start !== null) {
        const s = c.surface_start;
        if (s < anchor.start || s + claim.surface.length > anchor.end || source.text.slice(s, s + claim.surface.length) !== claim.surface) {
          problems.push({ line, field: "surface_start", message: "The figure as written is not at that position inside the quote." });
          continue;
        }
        claim.surfaceSpan = { start: s, end: s + claim.surface.length };
      }
      claims.push(claim);
    } else if ((value as { complete?: unknown } | null)?.complete !== undefined) {
      const parsed = ledgerEndLineSchema.safeParse(value);
      if (!parsed.success) problems.push(...problemsOf(parsed.error, line));
      else end = parsed.data;
    } else {
      problems.push({ line, field: "type", message: "Each line is a source ({\"type\":\"source\",…}), a claim ({\"type\":\"claim\",…}) or the end line." });
    }
  }
  onLine?.(lines.length, lines.length);

  if (problems.length === 0) {
    for (const s of sources) {
      if (s.republishes !== null && !sourceById.has(s.republishes)) problems.push({ line: s.line, field: "republishes", message: `There is no source ${s.republishes} in the file.` });
    }
    for (const c of claims) {
      c.relations.forEach((r, i) => {
        if (r.to !== null && !claimIds.has(r.to)) problems.push({ line: c.line, field: `relations.${i}.to`, message: `There is no claim ${r.to} in the file.` });
      });
    }
    if (!end) {
      problems.push({ line: 0, field: null, message: "The file has no end line ({\"complete\":true,…}): it may have been cut short, so nothing was imported." });
    } else if (end.sources !== sources.length || end.claims !== claims.length) {
      problems.push({ line: lines.length, field: null, message: `The end line counts ${end.sources} sources and ${end.claims} claims, but the file has ${sources.length} and ${claims.length}.` });
    }
  }
  return problems.length > 0 ? { ok: false, problems: problems.slice(0, PROBLEM_LIMIT) } : { ok: true, file: { sources, claims } };
}
