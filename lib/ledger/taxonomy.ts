import "server-only";
import type { Tx } from "@/lib/db/client";
import { indexForSearch } from "@/lib/db/search-index";

export type MetricDraft = { slug: string; name: string; unit: string; kind: "stock" | "flow"; topicId: number };

/** Writes a new metric under its topic. The caller has checked that the slug is free. */
export async function addMetric(tx: Tx, draft: MetricDraft): Promise<void> {
  const metric = await tx.metric.create({ data: draft, select: { id: true } });
  await indexForSearch(tx, { metrics: [metric.id] });
}
