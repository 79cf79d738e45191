import "server-only";
import { db } from "@/lib/db/client";
import { placeBySlug } from "./lookup";

/**
 * The choices of the claim form: metrics by topic and topics (a few hundred at most), and the
 * place already chosen. Places and actors are not listed: the form searches them as the editor
 * types (GET /api/v1/places, /api/v1/actors), since the ledger may hold tens of thousands.
 */
export async function claimFormChoices(placeSlug: string) {
  const [metrics, topics, place] = await Promise.all([
    db().metric.findMany({ orderBy: [{ topic: { name: "asc" } }, { name: "asc" }], select: { slug: true, name: true, unit: true, topic: { select: { name: true } } }, take: 5000 }),
    db().topic.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true }, take: 1000 }),
    placeBySlug(placeSlug),
  ]);
  return { metrics: metrics.map((m) => ({ slug: m.slug, name: m.name, unit: m.unit, topic: m.topic.name })), topics, place };
}
export type ClaimFormChoices = Awaited<ReturnType<typeof claimFormChoices>>;
