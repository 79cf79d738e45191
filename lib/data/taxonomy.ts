import "server-only";
import { db } from "@/lib/db/client";

/** The choices of the claim form: metrics by topic, places and actors, as slugs with names. */
export async function claimFormChoices() {
  const [metrics, places, actors, topics] = await Promise.all([
    db().metric.findMany({ orderBy: [{ topic: { name: "asc" } }, { name: "asc" }], select: { slug: true, name: true, unit: true, topic: { select: { name: true } } }, take: 5000 }),
    db().place.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true }, take: 20000 }),
    db().actor.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true }, take: 20000 }),
    db().topic.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true }, take: 1000 }),
  ]);
  return { metrics: metrics.map((m) => ({ slug: m.slug, name: m.name, unit: m.unit, topic: m.topic.name })), places, actors, topics };
}
export type ClaimFormChoices = Awaited<ReturnType<typeof claimFormChoices>>;
