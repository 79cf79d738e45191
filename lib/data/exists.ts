import "server-only";
import { db } from "@/lib/db/client";
import { parseId } from "./ids";

// Existence checks run in each detail segment's layout, before the page's loading state starts
// the stream, so that an unknown address answers with a real 404 status.

export async function topicExists(slug: string) {
  return (await db().topic.findUnique({ where: { slug }, select: { id: true } })) !== null;
}

export async function metricExists(slug: string) {
  return (await db().metric.findUnique({ where: { slug }, select: { id: true } })) !== null;
}

export async function sourceExists(rawId: string) {
  const id = parseId(rawId);
  return id !== null && (await db().source.findUnique({ where: { id }, select: { id: true } })) !== null;
}

export async function claimExists(rawId: string) {
  const id = parseId(rawId);
  return id !== null && (await db().claim.findUnique({ where: { id }, select: { id: true } })) !== null;
}

export async function groupExists(rawId: string) {
  const id = parseId(rawId);
  return id !== null && (await db().agreementGroup.findUnique({ where: { id }, select: { id: true } })) !== null;
}
