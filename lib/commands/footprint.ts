// What claims touch in the ledger (source, metric, topic, place, actors, group), read around a
// write so that the read cache expires exactly the pages that show them (lib/read-cache/tags.ts).
import "server-only";
import type { Db } from "@/lib/db/client";
import { inChunks } from "@/lib/db/in-chunks";
import type { ClaimFootprint } from "@/lib/read-cache/tags";

export async function claimFootprints(db: Db, claimIds: number[]): Promise<ClaimFootprint[]> {
  if (claimIds.length === 0) return [];
  const claims = await inChunks(claimIds, (chunk) =>
    db.claim.findMany({
      where: { id: { in: chunk } },
      select: {
        id: true,
        sourceId: true,
        metric: { select: { slug: true, topic: { select: { slug: true } } } },
        place: { select: { slug: true } },
        attributions: { select: { actor: { select: { slug: true } } } },
        membership: { select: { groupId: true } },
        relationsFrom: { select: { baselineMetricId: true } },
      },
    }),
  );
  const baselineIds = [...new Set(claims.flatMap((c) => c.relationsFrom.map((r) => r.baselineMetricId).filter((id): id is number => id !== null)))];
  const baselines = baselineIds.length === 0 ? [] : await db.metric.findMany({ where: { id: { in: baselineIds } }, select: { id: true, slug: true } });
  const baselineSlug = new Map(baselines.map((m) => [m.id, m.slug]));
  return claims.map((c) => ({
    claimId: c.id,
    sourceId: c.sourceId,
    metricSlug: c.metric.slug,
    topicSlug: c.metric.topic.slug,
    placeSlug: c.place.slug,
    actorSlugs: c.attributions.map((a) => a.actor.slug),
    groupId: c.membership?.groupId ?? null,
    baselineMetricSlugs: c.relationsFrom.flatMap((r) => (r.baselineMetricId === null ? [] : [baselineSlug.get(r.baselineMetricId) ?? ""])).filter(Boolean),
  }));
}

/** The ids of a source's claims, whose pages show the source. */
export async function sourceClaimIds(db: Db, sourceId: number): Promise<number[]> {
  const rows = await db.claim.findMany({ where: { sourceId }, select: { id: true } });
  return rows.map((r) => r.id);
}
