import "server-only";
import { searchKey } from "@/lib/domain/search-key";
import type { Db } from "@/lib/db/client";
import { anchorQuote, locateWithin } from "@/lib/domain/quote-selector";
import { canonicalJson } from "@/lib/domain/revision-chain";
import { placeClosure } from "@/lib/domain/place-closure";
import { indexForSearch } from "@/lib/db/search-index";
import { addClaim, claimSnapshot, editClaim, type ClaimDraft } from "@/lib/ledger/claims";
import { dayToDate } from "@/lib/db/dates";
import type { Tx } from "@/lib/db/client";
import { addSource, findDuplicateSource } from "@/lib/ledger/sources";
import type { SeedClaim } from "@/lib/schemas/seed";
import type { SeedBundle } from "./read-seeds";
import { SeedError } from "./read-seeds";
import { refreshAgreement } from "@/lib/agreement/refresh";

export const SEED_AUTHOR = "seed";

export type SeedReport = {
  taxonomy: { created: number; updated: number };
  sources: { created: number; unchanged: number };
  claims: { created: number; updated: number; unchanged: number };
  relations: { created: number };
  agreement: { groups: number };
};

type Ids = Map<string, number>;

async function upsertTaxonomy(tx: Tx, bundle: SeedBundle, report: SeedReport) {
  const { taxonomy } = bundle;
  const count = (created: boolean, changed: boolean) => {
    if (created) report.taxonomy.created += 1;
    else if (changed) report.taxonomy.updated += 1;
  };

  const topics: Ids = new Map();
  for (const t of taxonomy.topics) {
    const existing = await tx.topic.findUnique({ where: { slug: t.slug } });
    const data = { name: t.name, description: t.description };
    const changed = !!existing && (existing.name !== data.name || existing.description !== data.description);
    const row = existing
      ? changed ? await tx.topic.update({ where: { id: existing.id }, data }) : existing
      : await tx.topic.create({ data: { slug: t.slug, ...data } });
    count(!existing, changed);
    topics.set(t.slug, row.id);
  }

  const metrics: Ids = new Map();
  for (const m of taxonomy.metrics) {
    const topicId = topics.get(m.topic);
    if (topicId === undefined) throw new SeedError([`metric ${m.slug}: unknown topic ${m.topic}`]);
    const existing = await tx.metric.findUnique({ where: { slug: m.slug } });
    const data = { name: m.name, unit: m.unit, description: m.description, topicId, kind: m.kind, nonNegative: m.nonNegative, tolerance: m.tolerance };
    const changed =
      !!existing &&
      (existing.name !== data.name ||
        existing.unit !== data.unit ||
        existing.description !== data.description ||
        existing.topicId !== topicId ||
        existing.kind !== data.kind ||
        existing.nonNegative !== data.nonNegative ||
        (existing.tolerance?.toString() ?? null) !== (data.tolerance === null ? null : String(Number(data.tolerance))));
    if (existing && existing.topicId !== topicId && existing.claimCount > 0) {
      throw new SeedError([`metric ${m.slug}: moving a metric with claims to another topic is not supported by the seed loader`]);
    }
    const row = existing
      ? changed ? await tx.metric.update({ where: { id: existing.id }, data }) : existing
      : await tx.metric.create({ data: { slug: m.slug, ...data } });
    count(!existing, changed);
    metrics.set(m.slug, row.id);
  }

  const places: Ids = new Map();
  for (const p of taxonomy.places) {
    const existing = await tx.place.findUnique({ where: { slug: p.slug } });
    const data = { name: p.name, searchKey: searchKey(p.name), kind: p.kind, iso2: p.iso2 };
    const changed = !!existing && (existing.name !== data.name || existing.kind !== data.kind || existing.iso2 !== data.iso2);
    const row = existing
      ? changed ? await tx.place.update({ where: { id: existing.id }, data }) : existing
      : await tx.place.create({ data: { slug: p.slug, ...data } });
    count(!existing, changed);
    places.set(p.slug, row.id);
  }
  const closure = placeClosure(new Map(taxonomy.places.map((p) => [p.slug, p.within])));
  const known = new Set(
    (await tx.placeAncestor.findMany({ select: { placeId: true, ancestorId: true } })).map((r) => `${r.placeId}:${r.ancestorId}`),
  );
  const missing = closure
    .map((r) => ({ placeId: places.get(r.place)!, ancestorId: places.get(r.ancestor), depth: r.depth }))
    .filter((r): r is { placeId: number; ancestorId: number; depth: number } => r.ancestorId !== undefined)
    .filter((r) => !known.has(`${r.placeId}:${r.ancestorId}`));
  if (missing.length > 0) await tx.placeAncestor.createMany({ data: missing });

  const actors: Ids = new Map();
  for (const a of taxonomy.actors) {
    const existing = await tx.actor.findUnique({ where: { slug: a.slug } });
    const data = { name: a.name, searchKey: searchKey(a.name), kind: a.kind };
    const changed = !!existing && (existing.name !== data.name || existing.kind !== data.kind);
    const row = existing
      ? changed ? await tx.actor.update({ where: { id: existing.id }, data }) : existing
      : await tx.actor.create({ data: { slug: a.slug, ...data } });
    count(!existing, changed);
    actors.set(a.slug, row.id);
  }
  for (const a of taxonomy.actors) {
    const affiliationId = a.affiliation ? actors.get(a.affiliation) : null;
    if (affiliationId === undefined) throw new SeedError([`actor ${a.slug}: unknown affiliation ${a.affiliation}`]);
    await tx.actor.updateMany({ where: { slug: a.slug, NOT: { affiliationId } }, data: { affiliationId } });
  }
  await indexForSearch(tx, { metrics: [...metrics.values()], places: [...places.values()], actors: [...actors.values()] });
  return { metrics, places, actors };
}

function resolve(ids: Ids, kind: string, slug: string, where: string): number {
  const id = ids.get(slug);
  if (id === undefined) throw new SeedError([`${where}: unknown ${kind} "${slug}"`]);
  return id;
}

function draftFor(claim: SeedClaim, sourceId: number, text: string, ids: Awaited<ReturnType<typeof upsertTaxonomy>>, where: string): ClaimDraft {
  const quote = anchorQuote(text, claim.quote, claim.occurrence);
  if (!quote) throw new SeedError([`${where}: the quote is not in the article text`]);
  const surfaceSpan = locateWithin(text, quote, claim.surface);
  if (!surfaceSpan) throw new SeedError([`${where}: the surface "${claim.surface}" is not inside its quote`]);
  return {
    key: claim.key,
    sourceId,
    metricId: resolve(ids.metrics, "metric", claim.metric, where),
    placeId: resolve(ids.places, "place", claim.place, where),
    value: claim.value,
    surface: claim.surface,
    period: claim.period,
    quote,
    surfaceSpan,
    attribution: claim.attribution.map((a) => resolve(ids.actors, "actor", a, where)),
    note: claim.note,
  };
}

/**
 * Loads the curated seeds into the ledger in one transaction. Idempotent: rows that already match
 * are left alone; a claim whose curated content changed gets an "edit" revision.
 */
export async function loadSeeds(db: Db, bundle: SeedBundle): Promise<SeedReport> {
  const report: SeedReport = {
    taxonomy: { created: 0, updated: 0 },
    sources: { created: 0, unchanged: 0 },
    claims: { created: 0, updated: 0, unchanged: 0 },
    relations: { created: 0 },
    agreement: { groups: 0 },
  };
  await db.$transaction(
    async (tx) => {
      const ids = await upsertTaxonomy(tx, bundle, report);
      const claimIds: Ids = new Map();
      const pending: Array<{ claimId: number; claim: SeedClaim; where: string }> = [];
      const touched: number[] = [];

      for (const file of bundle.files) {
        const s = file.source;
        const duplicate = await findDuplicateSource(tx, { url: s.url, text: file.text });
        let sourceId: number;
        if (duplicate) {
          sourceId = duplicate.id;
          report.sources.unchanged += 1;
        } else {
          sourceId = await addSource(
            tx,
            {
              title: s.title,
              outletId: s.outlet ? resolve(ids.actors, "actor", s.outlet, `claims/${file.name} source`) : null,
              url: s.url,
              publishedAt: s.publishedAt,
              notBefore: s.notBefore,
              datingNote: s.datingNote,
              retrievedAt: s.retrievedAt,
              text: file.text,
            },
            SEED_AUTHOR,
          );
          report.sources.created += 1;
        }

        for (const claim of file.claims) {
          const where = `claims/${file.name} ${claim.key}`;
          const draft = draftFor(claim, sourceId, file.text, ids, where);
          const existing = await tx.claim.findUnique({ where: { key: claim.key }, select: { id: true } });
          if (!existing) {
            const id = await addClaim(tx, draft, SEED_AUTHOR, "curated seed");
            claimIds.set(claim.key, id);
            touched.push(id);
            pending.push({ claimId: id, claim, where });
            report.claims.created += 1;
            continue;
          }
          claimIds.set(claim.key, existing.id);
          const last = await tx.revision.findFirst({
            where: { entityType: "claim", entityId: existing.id },
            orderBy: { version: "desc" },
            select: { snapshot: true },
          });
          const current = await tx.claim.findUniqueOrThrow({ where: { id: existing.id }, select: { status: true, statusReason: true } });
          if (last?.snapshot === canonicalJson(claimSnapshot(draft, current.status, current.statusReason))) {
            report.claims.unchanged += 1;
          } else {
            await editClaim(tx, existing.id, draft, SEED_AUTHOR, "curated seed updated");
            touched.push(existing.id);
            report.claims.updated += 1;
          }
        }
      }

      // Relations last, so that a relation may point at a claim of any seed file.
      for (const { claimId, claim, where } of pending) {
        for (const r of claim.relations) {
          await tx.claimRelation.create({
            data: {
              fromClaimId: claimId,
              toClaimId: r.target ? resolve(claimIds, "claim", r.target, where) : null,
              kind: r.kind,
              factor: r.factor,
              comparator: r.comparator,
              baselineMetricId: r.baseline ? resolve(ids.metrics, "metric", r.baseline.metric, where) : null,
              baselinePlaceId: r.baseline ? resolve(ids.places, "place", r.baseline.place, where) : null,
              baselinePeriodStart: dayToDate(r.baseline?.period.start ?? null),
              baselinePeriodEnd: dayToDate(r.baseline?.period.end ?? null),
              baselinePeriodLabel: r.baseline?.period.label ?? "",
              baselineDescription: r.baseline?.description ?? "",
              note: r.note,
            },
          });
          report.relations.created += 1;
        }
      }

      // Verdicts for what changed, and for any claim the analysis has not seen yet.
      const unanalysed = await tx.claim.findMany({ where: { status: "active", membership: { is: null } }, select: { id: true } });
      const changed = [...new Set([...touched, ...unanalysed.map((c) => c.id)])];
      report.agreement = await refreshAgreement(tx, changed);
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  return report;
}
