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
import type { ClaimFormRelation, ClaimInput, ProposalRejectionInput, SourceInput } from "@/lib/schemas/claim-input";
import type { RepublishedInput } from "@/lib/schemas/source-republish";
import * as claims from "@/lib/ledger/claims";
import type { ClaimDraft } from "@/lib/ledger/claims";
import { addPlace } from "@/lib/ledger/places";
import * as proposals from "@/lib/ledger/proposals";
import { lockLedger } from "@/lib/ledger/revisions";
import * as sources from "@/lib/ledger/sources";
import type { DuplicateSource } from "@/lib/ledger/sources";
import { addMetric } from "@/lib/ledger/taxonomy";
import { ledgerError } from "./database-errors";
import { LedgerConflictError, LedgerInputError, LedgerNotFoundError } from "./errors";
import { createActor, createPlace, reviseActor, revisePlace, reviseSource } from "./entities";
import type { ActorEdit, ActorInput, PlaceEdit, PlaceInput, SourceEdit } from "@/lib/schemas/entities";
import type { LookupItem } from "@/lib/schemas/lookup";

const TX = { timeout: 60_000, maxWait: 10_000 };

/**
 * One of the ledger's write transactions: it holds the ledger's write lock from its first statement,
 * so that concurrent writers, in this process or another instance, queue rather than fork the chain.
 * What the database refuses comes out as the commands' typed errors. `limits`: a bulk import's
 * transaction may take minutes.
 */
export async function write<T>(db: Db, work: (tx: Tx) => Promise<T>, limits: { timeout: number; maxWait: number } = TX): Promise<T> {
  try {
    return await db.$transaction(async (tx) => {
      await lockLedger(tx);
      return work(tx);
    }, limits);
  } catch (error) {
    throw ledgerError(error);
  }
}

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
    modality: input.modality,
    change: input.change,
    cumulative: input.cumulative,
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
  return write(db, async (tx) => {
    // A country the gazetteer knows joins the places inside the world, with the claim that names it.
    if (options.newCountry && options.newCountry.slug === input.place) await addPlace(tx, { ...options.newCountry, kind: "country" }, "world");
    const draft = await draftFromInput(tx, input, null);
    const relation = input.relation ? await relationFromInput(tx, input.relation) : null;
    const id = await claims.addClaim(tx, draft, user.id, options.review ? `${options.review} in review` : "added by an editor");
    if (relation) await claims.addClaimRelation(tx, id, relation);
    if (options.review) await sources.countReviewed(tx, draft.sourceId, options.review);
    await refreshAgreement(tx, relation?.toClaimId ? [id, relation.toClaimId] : [id]);
    return { id };
  });
}

/** A relation of a new claim, with the claim or the baseline's metric and place it names checked. */
async function relationFromInput(tx: Tx, r: ClaimFormRelation): Promise<claims.ClaimRelationDraft> {
  const [target, metric, place] = await inTurn(
    () => (r.target !== null ? tx.claim.findUnique({ where: { id: r.target }, select: { id: true } }) : Promise.resolve(null)),
    () => (r.baseline ? tx.metric.findUnique({ where: { slug: r.baseline.metric }, select: { id: true } }) : Promise.resolve(null)),
    () => (r.baseline ? tx.place.findUnique({ where: { slug: r.baseline.place }, select: { id: true } }) : Promise.resolve(null)),
  );
  const fields: Record<string, string> = {};
  if (r.target !== null && !target) fields["relation.target"] = `There is no claim #${r.target}.`;
  if (r.baseline && !metric) fields["relation.baseline.metric"] = `There is no metric “${r.baseline.metric}”.`;
  if (r.baseline && !place) fields["relation.baseline.place"] = `There is no place “${r.baseline.place}”.`;
  if (Object.keys(fields).length > 0) throw new LedgerInputError(fields);
  return {
    kind: r.kind,
    factor: r.factor,
    comparator: r.comparator,
    toClaimId: target?.id ?? null,
    baseline: r.baseline
      ? { metricId: metric!.id, placeId: place!.id, period: { start: r.baseline.periodStart, end: r.baseline.periodEnd, label: r.baseline.periodLabel }, description: r.baseline.description }
      : null,
    note: r.note,
  };
}

function staleVersion(id: number, version: number): LedgerConflictError {
  return new LedgerConflictError(`Claim #${id} changed since you opened it (now version ${version}). Reload it and apply your change again.`, {
    currentVersion: version,
  });
}

/**
 * Adds a figure from a new article as the same report as a claim already in the ledger (a rewrite
 * or republication): the new claim takes the existing claim's attribution chain unless the input
 * gives one, and a "same report" relation joins the two, so they count as one origin.
 */
export async function addSameReportClaim(db: Db, input: ClaimInput, sameAsClaimId: number, user: CurrentUser): Promise<{ id: number }> {
  return write(db, async (tx) => {
    const target = await tx.claim.findUnique({
      where: { id: sameAsClaimId },
      select: { id: true, attributions: { orderBy: { position: "asc" }, select: { actorId: true } } },
    });
    if (!target) throw new LedgerNotFoundError(`There is no claim #${sameAsClaimId}.`);
    const draft = await draftFromInput(tx, input, null);
    if (draft.attribution.length === 0) draft.attribution = target.attributions.map((a) => a.actorId);
    const id = await claims.addClaim(tx, draft, user.id, `the same report as claim #${target.id}`);
    await claims.linkSameReport(tx, id, target.id, "marked on the review screen");
    await refreshAgreement(tx, [id, target.id]);
    return { id };
  });
}

async function currentVersion(tx: Tx, id: number, expectedVersion: number) {
  const claim = await tx.claim.findUnique({ where: { id }, select: { id: true, version: true, key: true, status: true } });
  if (!claim) throw new LedgerNotFoundError(`There is no claim #${id}.`);
  if (claim.version !== expectedVersion) throw staleVersion(id, claim.version);
  return claim;
}

/** The conflict to report when the conditional UPDATE found the claim at another version. */
async function conflictAfterStaleUpdate(tx: Tx, id: number): Promise<LedgerConflictError> {
  const now = await tx.claim.findUniqueOrThrow({ where: { id }, select: { version: true } });
  return staleVersion(id, now.version);
}

export async function editClaim(
  db: Db,
  id: number,
  input: ClaimInput,
  edit: { reason: string; expectedVersion: number },
  user: CurrentUser,
): Promise<{ id: number; version: number }> {
  return write(db, async (tx) => {
    const claim = await currentVersion(tx, id, edit.expectedVersion);
    // Relations are given with a new claim; an edit keeps the ones it has rather than silently dropping a new one.
    if (input.relation) throw new LedgerInputError({ "relation.kind": "A relation is given when the claim is added; an edit keeps the relations the claim has." });
    const draft = await draftFromInput(tx, input, claim.key);
    // The version is checked again in the UPDATE itself: no write can slip in between.
    if (!(await claims.editClaim(tx, id, draft, user.id, edit.reason, edit.expectedVersion))) throw await conflictAfterStaleUpdate(tx, id);
    await refreshAgreement(tx, [id]);
    return { id, version: claim.version + 1 };
  });
}

/** Retracts, deprecates or restores a claim. The claim stays in the ledger, marked, with the reason. */
export async function setClaimStatus(
  db: Db,
  id: number,
  change: { status: claims.ClaimStatus; reason: string; expectedVersion: number },
  user: CurrentUser,
): Promise<{ id: number; version: number }> {
  return write(db, async (tx) => {
    const claim = await currentVersion(tx, id, change.expectedVersion);
    if (claim.status === change.status) throw new LedgerInputError({ status: `The claim is already ${change.status}.` });
    const version = claim.version + 1;
    if (!(await claims.setClaimStatus(tx, id, version, change, user.id))) throw await conflictAfterStaleUpdate(tx, id);
    await refreshAgreement(tx, [id]);
    return { id, version };
  });
}

/**
 * Marks a source as republishing another report (or clears the mark), appends the source's "edit"
 * revision with the reason, and recomputes the verdicts of its claims, whose origin may change.
 */
export async function markRepublished(db: Db, input: RepublishedInput, user: CurrentUser): Promise<void> {
  await write(db, async (tx) => {
    const [source, other, origin, via] = await inTurn(
      () => tx.source.findUnique({ where: { id: input.sourceId }, select: { id: true, claims: { select: { id: true } } } }),
      () => (input.republishesSource === null ? Promise.resolve(null) : tx.source.findUnique({ where: { id: input.republishesSource }, select: { id: true } })),
      () => (input.origin === null ? Promise.resolve(null) : tx.actor.findUnique({ where: { slug: input.origin }, select: { id: true } })),
      () => (input.via === null ? Promise.resolve(null) : tx.actor.findUnique({ where: { slug: input.via }, select: { id: true } })),
    );
    if (!source) throw new LedgerNotFoundError(`There is no source #${input.sourceId}.`);
    const fields: Record<string, string> = {};
    if (input.republishesSource !== null && !other) fields.republishesSource = `There is no source #${input.republishesSource}.`;
    if (input.origin !== null && !origin) fields.origin = `There is no actor “${input.origin}”.`;
    if (input.via !== null && !via) fields.via = `There is no actor “${input.via}”.`;
    if (Object.keys(fields).length > 0) throw new LedgerInputError(fields);
    await sources.setRepublished(
      tx,
      source.id,
      { republishesSourceId: other?.id ?? null, republishedOriginId: origin?.id ?? null, republishedViaId: via?.id ?? null, republishedNote: input.note },
      user.id,
      input.reason,
    );
    await refreshAgreement(tx, source.claims.map((c) => c.id));
  });
}

/** Adds a source, or names the existing source it duplicates by URL or by content. */
async function duplicateConflict(tx: Tx, duplicate: DuplicateSource): Promise<LedgerConflictError> {
  const existing = await tx.source.findUniqueOrThrow({ where: { id: duplicate.id }, select: { title: true } });
  return new LedgerConflictError(
    `This ${duplicate.matchedBy === "url" ? "address" : "text"} is already in the ledger as source #${duplicate.id}${existing.title ? ` (“${existing.title}”)` : ""}.`,
    { duplicateOf: duplicate.id, matchedBy: duplicate.matchedBy },
  );
}

export async function addSource(db: Db, input: SourceInput, user: CurrentUser): Promise<{ id: number }> {
  try {
    return await addNewSource(db, input, user);
  } catch (error) {
    // A writer outside the ledger's lock got there first: name the source it wrote.
    const unique = error instanceof LedgerConflictError && "existing" in error.detail;
    const duplicate = unique ? await sources.findDuplicateSource(db, { url: input.url, text: input.text }) : null;
    throw duplicate ? await duplicateConflict(db, duplicate) : error;
  }
}

async function addNewSource(db: Db, input: SourceInput, user: CurrentUser): Promise<{ id: number }> {
  return write(db, async (tx) => {
    const duplicate = await sources.findDuplicateSource(tx, { url: input.url, text: input.text });
    if (duplicate) throw await duplicateConflict(tx, duplicate);
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
      user.id,
    );
    return { id };
  });
}

/** Records that an editor rejected a proposed figure, so the review screen keeps it rejected. */
export async function rejectProposal(db: Db, input: ProposalRejectionInput, user: CurrentUser): Promise<void> {
  await write(db, async (tx) => {
    const source = await tx.source.findUnique({ where: { id: input.sourceId }, select: { text: true } });
    if (!source) throw new LedgerNotFoundError(`There is no source #${input.sourceId}.`);
    if (source.text.slice(input.start, input.end) !== input.surface) {
      throw new LedgerInputError({ surface: "The figure is not at that place in the source." });
    }
    await proposals.rejectProposal(tx, input, user.id);
  });
}

/** How many figures the extractor proposed in a source, kept so the review tally survives reloads. */
export async function recordProposed(db: Db, sourceId: number, proposed: number): Promise<void> {
  await write(db, async (tx) => {
    if (!(await tx.source.findUnique({ where: { id: sourceId }, select: { id: true } }))) throw new LedgerNotFoundError(`There is no source #${sourceId}.`);
    await sources.recordProposed(tx, sourceId, proposed);
  });
}

/** Adds an actor (an outlet is an actor of that kind); a duplicate by name or alias is a conflict naming it. */
export async function addActor(db: Db, input: ActorInput, user: CurrentUser): Promise<LookupItem> {
  return write(db, (tx) => createActor(tx, input, user.id));
}

/** Adds a place inside its parent, with the parent's containment. */
export async function addPlaceWithin(db: Db, input: PlaceInput, user: CurrentUser): Promise<LookupItem> {
  return write(db, (tx) => createPlace(tx, input, user.id));
}

/** Corrects an actor (name, aliases, kind, affiliation, Wikidata id) with a reason. */
export async function editActor(db: Db, slug: string, edit: ActorEdit, user: CurrentUser): Promise<LookupItem> {
  return write(db, (tx) => reviseActor(tx, slug, edit, user.id));
}

/** Corrects a place's name, aliases or Wikidata id with a reason. */
export async function editPlace(db: Db, slug: string, edit: PlaceEdit, user: CurrentUser): Promise<LookupItem> {
  return write(db, (tx) => revisePlace(tx, slug, edit, user.id));
}

/** Corrects a source's title, outlet, address or date with a reason; verdicts follow a new date. */
export async function editSource(db: Db, id: number, edit: SourceEdit, user: CurrentUser): Promise<{ id: number; version: number }> {
  return write(db, async (tx) => {
    const { version, dateChanged } = await reviseSource(tx, id, edit, user.id);
    if (dateChanged) {
      const claimIds = await tx.claim.findMany({ where: { sourceId: id }, select: { id: true } });
      if (claimIds.length > 0) await refreshAgreement(tx, claimIds.map((c) => c.id));
    }
    return { id, version };
  });
}
