import { conflictsFeed } from "@/lib/api/atom-feeds";

export const dynamic = "force-dynamic";

/** Conflicts as they are found or change, as an Atom feed. */
export function GET(request: Request) {
  return conflictsFeed(request);
}
