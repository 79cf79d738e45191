// The ledger's mutations as an editor makes them: validated against the database, written with
// their revision, and followed by the agreement analysis of the groups they touch, all in one
// transaction. Forms, server actions and the JSON API call these and nothing lower. They sit above
// both lib/ledger and lib/agreement, so that neither of those imports the other.
import "server-only";
import { inTurn } from "@/lib/db/in-turn";
import { refreshAgreement } from "@/lib/agreement/refresh";
import type { CurrentUser } from "@/lib/auth/roles";
import type { Db, Tx } from "@/lib/db/client";
import { anchorQuote, locateWithin } from "@/lib/domain/quote-selector";
import { slugify } from "@/lib/domain/slug";
import { today } from "@/lib/domain/today";
import type { ClaimInput, ProposalRejectionInput, SourceInput } from "@/lib/schemas/claim-input";
import * as claims from "@/lib/ledger/claims";
import type { ClaimDraft } from "@/lib/ledger/claims";
import { addPlace } from "@/lib/ledger/places";
import * as proposals from "@/lib/ledger/proposals";
import * as sources from "@/lib/ledger/sources";
import { addMetric } from "@/lib/ledger/taxonomy";
import { LedgerConflictError, LedgerInputError, LedgerNotFoundError } from "./errors";
import { createActor, createPlace, reviseActor, revisePlace, reviseSource } from "./entities";
import type { ActorEdit, ActorInput, PlaceEdit, PlaceInput, SourceEdit } from "@/lib/schemas/entities";
import type { LookupItem } from "@/lib/schemas/lookup";

const TX = { timeout: 60_000, maxWait: 10_000 };

/** A metric named in the claim form; its slug comes from its name. Refuses a name the ledger has. */
async function addMetricFromInput(tx: Tx, m: NonNullable<ClaimInput["newMetric"]>): Promise<string> {
  const slug = slugify(m.name);
  const [existing, topic] = await inTurn(
    () => tx.metric.findUnique({ where: { slug }, select: { name: true } }),
    () => tx.topic.findUnique({ where: { slug: m.topic }, select: { id: true } }),
  );
  if (existing) throw new LedgerInputError({ "newMetric.name": `The ledger already has “${existing.name}”; pick it from the list.` });
  if (!topic) throw new LedgerInputError({ "newMetric.topic": `There is no topic “${m.topic}”.` });
  if (!slug) throw new LedgerInputError({ "newMetric.name": "Use letters or digits in the name." });
  await addMetric(tx, { slug, name: m.name, unit: m.unit, kind: m.kind, topicId: topic.id });
  return slug;
}

/** Everything about a claim input that only the database can check, gathered into one draft. */
async function draftFromInput(tx: Tx, input: ClaimInput, key: string | null): Promise<ClaimDraft> {
  const fields: Record<string, string> = {};
  const metricSlug = input.newMetric ? await addMetricFromInput(tx, input.newMetric) : input.metric;
  const [source, metric, place, actors] = await inTurn(
    () => tx.source.findUnique({ where: { id: input.sourceId }, select: { id: true, text: true } }),
    () => tx.metric.findUnique({ where: { slug: metricSlug }, select: { id: true, nonNegative: true, name: true } }),
    () => tx.place.findUnique({ where: { slug: input.place }, select: { id: true } }),
    () => tx.actor.findMany({ where: { slug: { in: input.attribution } }, select: { id: true, slug: true } }),
  );
  if (!source) fields.sourceId = "There is no such source.";
  if (!metric) fields.metric = `There is no metric “${input.metric}”. Pick one from the list.`;
  if (!place) fields.place = `There is no place “${input.place}”. Pick one from the list.`;
  const missingActors = input.attribution.filter((slug) => !actors.some((a) => a.slug === slug));
  if (missingActors.length > 0) fields.attribution = `Unknown: ${missingActors.join(", ")}.`;
  if (metric?.nonNegative) {
    for (const field of ["low", "best", "high"] as const) {
      const v = input[field];
      if (v !== null && Number(v) < 0) fields[field] = `${metric.name} cannot be negative.`;
    }
  }
  for (const field of ["periodStart", "periodEnd"] as const) {
    const day = input[field];
    if (day !== null && day > today()) fields[field] = "The period cannot be in the future.";
  }

  let quote = null;
  if (source) {
    quote =
      input.quoteStart !== null && source.text.slice(input.quoteStart, input.quoteStart + input.quote.length) === input.quote
        ? anchorQuoteAt(source.text, input.quote, input.quoteStart)
        : anchorQuote(source.text, input.quote);
    if (!quote) fields.quote = "The quote is not in the source text. Copy it exactly, or select it in the article.";
  }
  const surfaceSpan = source && quote ? locateWithin(source.text, quote, input.surface) : null;
  if (quote && !surfaceSpan) fields.surface = "The figure as written must appear inside the quote.";
  if (Object.keys(fields).length > 0) throw new LedgerInputError(fields);

  const byslug = new Map(actors.map((a) => [a.slug, a.id]));
  return {
    key,
    sourceId: source!.id,
    metricId: metric!.id,
    placeId: place!.id,
    value: { qualifier: input.qualifier, low: input.low, best: input.best, high: input.high, vagueTerm: input.vagueTerm },
    surface: input.surface,
    period: { start: input.periodStart, end: input.periodEnd, label: input.periodLabel },
    quote: quote!,
    surfaceSpan,
    attribution: input.attribution.map((slug) => byslug.get(slug)!),
    note: input.note,
  };
}

/** The anchor of the quote that starts exactly at `start` (the editor's selection). */
function anchorQuoteAt(text: string, exact: string, start: number) {
  let occurrence = 0;
  for (let i = text.indexOf(exact); i !== -1 && i < start; i = text.indexOf(exact, i + exact.length)) occurrence += 1;
  return anchorQuote(text, exact, occurrence);
}

/** A country the gazetteer knows but the ledger does not have yet, to add with the claim that names it. */
export type GazetteerCountry = { slug: string; name: string; iso2: string | null };

/**
 * Adds a claim. From the review screen, `review` says whether the proposal was accepted as it
 * stood or after a correction, and the source's tally counts it in the same transaction.
 */
export async function addClaim(
  db: Db,
  input: ClaimInput,
  user: CurrentUser,
  options: { newCountry?: GazetteerCountry; review?: "accepted" | "edited" } = {},
): Promise<{ id: number }> {
  return db.$transaction(async (tx) => {
    // A country the gazetteer knows joins the places inside the world, with the claim that names it.
    if (options.newCountry && options.newCountry.slug === input.place) await addPlace(tx, { ...options.newCountry, kind: "country" }, "world");
    const draft = await draftFromInput(tx, input, null);
    const id = await claims.addClaim(tx, draft, user.email, options.review ? `${options.review} in review` : "added by an editor");
    if (options.review) await sources.countReviewed(tx, draft.sourceId, options.review);
    await refreshAgreement(tx, [id]);
    return { id };
  }, TX);
}

async function currentVersion(tx: Tx, id: number, expectedVersion: number) {
  const claim = await tx.claim.findUnique({ where: { id }, select: { id: true, version: true, key: true, status: true } });
  if (!claim) throw new LedgerNotFoundError(`There is no claim #${id}.`);
  if (claim.version !== expectedVersion) {
    throw new LedgerConflictError(`Claim #${id} changed since you opened it (now version ${claim.version}). Reload it and apply your change again.`, {
      currentVersion: claim.version,
    });
  }
  return claim;
}

export async function editClaim(
  db: Db,
  id: number,
  input: ClaimInput,
  edit: { reason: string; expectedVersion: number },
  user: CurrentUser,
): Promise<{ id: number; version: number }> {
  return db.$transaction(async (tx) => {
    const claim = await currentVersion(tx, id, edit.expectedVersion);
    const draft = await draftFromInput(tx, input, claim.key);
    await claims.editClaim(tx, id, draft, user.email, edit.reason);
    await refreshAgreement(tx, [id]);
    return { id, version: claim.version + 1 };
  }, TX);
}

/** Retracts, deprecates or restores a claim. The claim stays in the ledger, marked, with the reason. */
export async function setClaimStatus(
  db: Db,
  id: number,
  change: { status: claims.ClaimStatus; reason: string; expectedVersion: number },
  user: CurrentUser,
): Promise<{ id: number; version: number }> {
  return db.$transaction(async (tx) => {
    const claim = await currentVersion(tx, id, change.expectedVersion);
    if (claim.status === change.status) throw new LedgerInputError({ status: `The claim is already ${change.status}.` });
    const version = claim.version + 1;
    await claims.setClaimStatus(tx, id, version, change, user.email);
    await refreshAgreement(tx, [id]);
    return { id, version };
  }, TX);
}

/** Adds a source, or names the existing source it duplicates by URL or by content. */
export async function addSource(db: Db, input: SourceInput, user: CurrentUser): Promise<{ id: number }> {
  return db.$transaction(async (tx) => {
    const duplicate = await sources.findDuplicateSource(tx, { url: input.url, text: input.text });
    if (duplicate) {
      const existing = await tx.source.findUniqueOrThrow({ where: { id: duplicate.id }, select: { title: true } });
      throw new LedgerConflictError(
        `This ${duplicate.matchedBy === "url" ? "address" : "text"} is already in the ledger as source #${duplicate.id}${existing.title ? ` (“${existing.title}”)` : ""}.`,
        { duplicateOf: duplicate.id, matchedBy: duplicate.matchedBy },
      );
    }
    if (input.publishedAt !== null && input.publishedAt > today()) {
      throw new LedgerInputError({ publishedAt: "The publication date cannot be in the future." });
    }
    const outlet = input.outlet ? await tx.actor.findUnique({ where: { slug: input.outlet }, select: { id: true } }) : null;
    if (input.outlet && !outlet) throw new LedgerInputError({ outlet: `There is no outlet “${input.outlet}”.` });
    const id = await sources.addSource(
      tx,
      {
        title: input.title,
        outletId: outlet?.id ?? null,
        url: input.url,
        publishedAt: input.publishedAt,
        notBefore: null,
        datingNote: "",
        retrievedAt: today(),
        text: input.text,
      },
      user.email,
    );
    return { id };
  }, TX);
}

/** Records that an editor rejected a proposed figure, so the review screen keeps it rejected. */
export async function rejectProposal(db: Db, input: ProposalRejectionInput, user: CurrentUser): Promise<void> {
  await db.$transaction(async (tx) => {
    const source = await tx.source.findUnique({ where: { id: input.sourceId }, select: { text: true } });
    if (!source) throw new LedgerNotFoundError(`There is no source #${input.sourceId}.`);
    if (source.text.slice(input.start, input.end) !== input.surface) {
      throw new LedgerInputError({ surface: "The figure is not at that place in the source." });
    }
    await proposals.rejectProposal(tx, input, user.email);
  }, TX);
}

/** How many figures the extractor proposed in a source, kept so the review tally survives reloads. */
export async function recordProposed(db: Db, sourceId: number, proposed: number): Promise<void> {
  await db.$transaction((tx) => sources.recordProposed(tx, sourceId, proposed), TX);
}

/** Adds an actor (an outlet is an actor of that kind); a duplicate by name or alias is a conflict naming it. */
export async function addActor(db: Db, input: ActorInput, user: CurrentUser): Promise<LookupItem> {
  return db.$transaction((tx) => createActor(tx, input, user.email), TX);
}

/** Adds a place inside its parent, with the parent's containment. */
export async function addPlaceWithin(db: Db, input: PlaceInput, user: CurrentUser): Promise<LookupItem> {
  return db.$transaction((tx) => createPlace(tx, input, user.email), TX);
}

/** Corrects an actor (name, aliases, kind, affiliation, Wikidata id) with a reason. */
export async function editActor(db: Db, slug: string, edit: ActorEdit, user: CurrentUser): Promise<LookupItem> {
  return db.$transaction((tx) => reviseActor(tx, slug, edit, user.email), TX);
}

/** Corrects a place's name, aliases or Wikidata id with a reason. */
export async function editPlace(db: Db, slug: string, edit: PlaceEdit, user: CurrentUser): Promise<LookupItem> {
  return db.$transaction((tx) => revisePlace(tx, slug, edit, user.email), TX);
}

/** Corrects a source's title, outlet, address or date with a reason; verdicts follow a new date. */
export async function editSource(db: Db, id: number, edit: SourceEdit, user: CurrentUser): Promise<{ id: number; version: number }> {
  return db.$transaction(async (tx) => {
    const { version, dateChanged } = await reviseSource(tx, id, edit, user.email);
    if (dateChanged) {
      const claimIds = await tx.claim.findMany({ where: { sourceId: id }, select: { id: true } });
      if (claimIds.length > 0) await refreshAgreement(tx, claimIds.map((c) => c.id));
    }
    return { id, version };
  }, TX);
}
