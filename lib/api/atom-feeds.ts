import { Feed } from "feed";
import { recentConflicts } from "@/lib/data/agreement";
import { newestClaims } from "@/lib/data/claim-list";
import { formatClaimValue } from "@/lib/domain/figures-format";
import { CLAIM_FILTER_NAMES, claimFiltersSchema, filtersToSearch, type ClaimFilters } from "@/lib/schemas/claim-filters";
import { queryParams } from "./query-params";
import { errorResponse } from "./respond";

/** Entries per feed: readers poll often; older figures are in the list and the exports. */
const FEED_SIZE = 50;

const atom = (feed: Feed) => new Response(feed.atom1(), { headers: { "content-type": "application/atom+xml; charset=utf-8", "cache-control": "public, max-age=300" } });

function describe(filters: ClaimFilters): string {
  const parts = CLAIM_FILTER_NAMES.filter((n) => filters[n]).map((n) => `${n} ${filters[n]}`);
  return parts.length > 0 ? `New figures: ${parts.join(", ")}` : "New figures";
}

/** GET /feeds/claims.atom?topic=…|metric=…|place=…: the newest figures of any filtered view, as Atom. */
export async function claimsFeed(request: Request): Promise<Response> {
  try {
    const filters = claimFiltersSchema.parse(queryParams(request, CLAIM_FILTER_NAMES));
    const origin = new URL(request.url).origin;
    const items = await newestClaims(filters, FEED_SIZE);
    const view = `${origin}/claims${filtersToSearch(filters)}`;
    const feed = new Feed({
      id: view,
      link: view,
      title: `Figure Ledger: ${describe(filters)}`,
      updated: items[0]?.addedAt ?? new Date(0),
      generator: "Figure Ledger",
      feedLinks: { atom: `${origin}/feeds/claims.atom${filtersToSearch(filters)}` },
      copyright: "Quotes belong to their sources.",
      // Atom asks for an author on the feed when not every entry has one (RFC 4287, 4.1.1).
      author: { name: "Figure Ledger", link: origin },
    });
    for (const { claim, addedAt } of items) {
      const link = `${origin}/claims/${claim.id}`;
      feed.addItem({
        id: link,
        link,
        date: addedAt,
        title: `${claim.metric.name}, ${claim.place.name}: ${formatClaimValue(claim.value, claim.metric.unit)}`,
        description: `“${claim.quote}” (${claim.source.outlet ?? "outlet not stated"}, ${claim.source.publishedAt ?? "undated"})`,
        ...(claim.origin ? { author: [{ name: claim.origin.name }] } : {}),
      });
    }
    return atom(feed);
  } catch (error) {
    return errorResponse(error);
  }
}

/** GET /feeds/conflicts.atom: conflicts as they are found or change, newest first. */
export async function conflictsFeed(request: Request): Promise<Response> {
  try {
    queryParams(request, []);
    const origin = new URL(request.url).origin;
    const items = await recentConflicts(FEED_SIZE);
    const feed = new Feed({
      id: `${origin}/conflicts`,
      link: `${origin}/conflicts`,
      title: "Figure Ledger: new conflicts",
      updated: items[0]?.computedAt ?? new Date(0),
      generator: "Figure Ledger",
      feedLinks: { atom: `${origin}/feeds/conflicts.atom` },
      copyright: "Quotes belong to their sources.",
      author: { name: "Figure Ledger", link: origin },
    });
    for (const { group, computedAt } of items) {
      const link = `${origin}/groups/${group.id}`;
      feed.addItem({
        id: `${link}#${computedAt.toISOString()}`,
        link,
        date: computedAt,
        title: `Conflict: ${group.metric.name} in ${group.place.name} (${group.claimCount} figures)`,
        description: group.analysis.explanation.join(" "),
      });
    }
    return atom(feed);
  } catch (error) {
    return errorResponse(error);
  }
}
