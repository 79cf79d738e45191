// The public reads the pages and the read API serve, through Next.js's "use cache": each result
// is kept in the server's cache under the tags of what it shows (lib/read-cache/tags.ts), until a write expires
// one of them (lib/read-cache/expire.ts, from lib/commands/app.ts). Only what a signed-out reader may see goes
// through here: nothing reads cookies, headers or the signed-in user. Same names and arguments
// as lib/data, so a page switches by its import.
import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import * as agreement from "@/lib/data/agreement";
import * as claimList from "@/lib/data/claim-list";
import * as claims from "@/lib/data/claims";
import * as directory from "@/lib/data/directory";
import * as exists from "@/lib/data/exists";
import * as metrics from "@/lib/data/metrics";
import * as search from "@/lib/data/search";
import * as sources from "@/lib/data/sources";
import * as topics from "@/lib/data/topics";
import { parseId } from "@/lib/data/ids";
import type { ClaimFilters } from "@/lib/schemas/claim-filters";
import { LEDGER_TAGS, tag, type Tag } from "@/lib/read-cache/tags";

const { claims: CLAIMS, sources: SOURCES, names: NAMES } = LEDGER_TAGS;

/** Every entry lives until a write expires one of its tags, or `ledger`; an hour's limit is only a backstop. */
function keep(...tags: Tag[]): void {
  cacheLife("hours");
  cacheTag(...tags, LEDGER_TAGS.all);
}

// The claim page and GET /api/v1/claims/:id.

export async function claimExists(rawId: string) {
  "use cache";
  const found = await exists.claimExists(rawId);
  keep(found ? tag.claim(parseId(rawId)!) : CLAIMS);
  return found;
}

export async function getClaim(id: number) {
  "use cache";
  const claim = await claims.getClaim(id);
  if (!claim) keep(CLAIMS);
  else {
    const related = [...claim.relationsFrom, ...claim.relationsTo].flatMap((r) => (r.other ? [tag.claim(r.other.id)] : []));
    keep(tag.claim(id), tag.source(claim.source.id), tag.metric(claim.metric.slug), ...(claim.group ? [tag.group(claim.group.id)] : []), ...related, NAMES);
  }
  return claim;
}

export async function getClaimAtVersion(id: number, version: number) {
  "use cache";
  keep(tag.claim(id), NAMES);
  return claims.getClaimAtVersion(id, version);
}

// Home, topics, metrics.

export async function listTopics() {
  "use cache";
  keep(CLAIMS);
  return topics.listTopics();
}

export async function latestClaims(limit?: number) {
  "use cache";
  keep(CLAIMS, NAMES);
  return topics.latestClaims(limit);
}

export async function ledgerTotals() {
  "use cache";
  keep(CLAIMS, SOURCES);
  return topics.ledgerTotals();
}

export async function topicExists(slug: string) {
  "use cache";
  keep(tag.topic(slug));
  return exists.topicExists(slug);
}

export async function getTopic(slug: string) {
  "use cache";
  keep(tag.topic(slug));
  return topics.getTopic(slug);
}

export async function metricExists(slug: string) {
  "use cache";
  keep(tag.metric(slug), CLAIMS);
  return exists.metricExists(slug);
}

export async function getMetric(slug: string) {
  "use cache";
  keep(tag.metric(slug), CLAIMS);
  return metrics.getMetric(slug);
}

/** A metric's claims, a page at a time; the slug names the tag, the id the query. */
export async function listMetricClaims(metric: { id: number; slug: string }, query: metrics.MetricClaimsQuery) {
  "use cache";
  keep(tag.metric(metric.slug), NAMES);
  return metrics.listMetricClaims(metric.id, query);
}

/** The places a metric's claims are in, with their counts, for the metric page's filter. */
export async function listMetricPlaces(metric: { id: number; slug: string }) {
  "use cache";
  keep(tag.metric(metric.slug), NAMES);
  return metrics.listMetricPlaces(metric.id);
}

export async function listMetricGroups(metric: { id: number; slug: string }, rawCursor: string | undefined) {
  "use cache";
  keep(tag.metric(metric.slug), NAMES);
  return agreement.listMetricGroups(metric.id, rawCursor);
}

// Groups and Conflicts.

export async function groupExists(rawId: string) {
  "use cache";
  keep(CLAIMS);
  return exists.groupExists(rawId);
}

export async function groupAliasTarget(id: number) {
  "use cache";
  keep(CLAIMS);
  return agreement.groupAliasTarget(id);
}

export async function getGroup(id: number) {
  "use cache";
  const group = await agreement.getGroup(id);
  keep(...(group ? [tag.group(id), tag.metric(group.metric.slug), NAMES] : [CLAIMS]));
  return group;
}

export async function groupForApi(id: number) {
  "use cache";
  const group = await agreement.groupForApi(id);
  keep(...(group ? [tag.group(id), tag.metric(group.metric.slug), NAMES] : [CLAIMS]));
  return group;
}

export async function listConflicts(rawCursor: string | undefined, pageSize?: number) {
  "use cache";
  keep(CLAIMS, NAMES);
  return agreement.listConflicts(rawCursor, pageSize);
}

export async function conflictCount() {
  "use cache";
  keep(CLAIMS);
  return agreement.conflictCount();
}

// Sources.

export async function sourceExists(rawId: string) {
  "use cache";
  const found = await exists.sourceExists(rawId);
  keep(found ? tag.source(parseId(rawId)!) : SOURCES);
  return found;
}

export async function getSource(id: number) {
  "use cache";
  const source = await sources.getSource(id);
  keep(...(source ? [tag.source(id), NAMES] : [SOURCES]));
  return source;
}

export async function listSources(rawCursor: string | undefined, pageSize?: number) {
  "use cache";
  keep(SOURCES, CLAIMS, NAMES);
  return sources.listSources(rawCursor, pageSize);
}

// Places, actors, the claims list and search: lists across the ledger.

export async function getPlace(slug: string) {
  "use cache";
  keep(tag.place(slug), NAMES);
  return directory.getPlace(slug);
}

export async function getActor(slug: string) {
  "use cache";
  keep(tag.actor(slug), CLAIMS, NAMES);
  return directory.getActor(slug);
}

export async function listPlaces(after: string | undefined, limit: number) {
  "use cache";
  keep(CLAIMS, NAMES);
  return directory.listPlaces(after, limit);
}

export async function listActors(after: string | undefined, limit: number) {
  "use cache";
  keep(CLAIMS, NAMES);
  return directory.listActors(after, limit);
}

export async function listMetrics(after: string | undefined, limit: number) {
  "use cache";
  keep(CLAIMS, NAMES);
  return directory.listMetrics(after, limit);
}

export async function listClaims(filters: ClaimFilters, page: { cursor?: string; limit: number }) {
  "use cache";
  keep(CLAIMS, SOURCES, NAMES);
  return claimList.listClaims(filters, page);
}

export async function claimFacets(filters: ClaimFilters) {
  "use cache";
  keep(CLAIMS, SOURCES, NAMES);
  return claimList.claimFacets(filters);
}

/** The groups the claims a filter selects belong to (the place and actor pages). */
export async function listGroupsOfFilters(filters: ClaimFilters, pageSize?: number) {
  "use cache";
  keep(CLAIMS, NAMES);
  return agreement.listGroupsOfClaims(await claimList.claimWhere(filters), undefined, pageSize);
}

export async function searchLedger(q: string, limit: number) {
  "use cache";
  keep(CLAIMS, SOURCES, NAMES);
  return search.searchLedger(q, limit);
}
