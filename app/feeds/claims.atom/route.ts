import { claimsFeed } from "@/lib/api/atom-feeds";

export const dynamic = "force-dynamic";

/** The newest figures of a topic, metric, place or any filtered view, as an Atom feed. */
export function GET(request: Request) {
  return claimsFeed(request);
}
