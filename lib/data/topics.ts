import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { claimRowSelect, toClaimRow } from "./claim-row";

export async function listTopics() {
  return db().topic.findMany({
    orderBy: [{ claimCount: "desc" }, { name: "asc" }],
    select: { slug: true, name: true, description: true, claimCount: true, _count: { select: { metrics: true } } },
    take: 200,
  });
}

export async function latestClaims(limit = 8) {
  const rows = await db().claim.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: limit, select: claimRowSelect });
  return rows.map(toClaimRow);
}

async function readTopic(slug: string) {
  return db().topic.findUnique({
    where: { slug },
    select: {
      slug: true,
      name: true,
      description: true,
      claimCount: true,
      metrics: {
        orderBy: [{ claimCount: "desc" }, { name: "asc" }],
        select: { slug: true, name: true, unit: true, description: true, claimCount: true, verdict: true, groupCount: true, conflictCount: true },
      },
    },
  });
}

/** Memoised for the request, so that a page and its metadata read it once. */
export const getTopic = cache(readTopic);

/** How many claims and sources the ledger holds, from totals the write path keeps: nothing is counted here. */
export async function ledgerTotals() {
  const [claims, sources] = await Promise.all([
    db().topic.aggregate({ _sum: { claimCount: true } }),
    db().ledgerTotal.findUnique({ where: { name: "sources" }, select: { value: true } }),
  ]);
  return { claims: claims._sum.claimCount ?? 0, sources: sources?.value ?? 0 };
}
