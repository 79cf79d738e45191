import { NextResponse } from "next/server";
import type { ZodType } from "zod";
import { requireRoleForRequest } from "@/lib/auth/current-user";
import type { CurrentUser } from "@/lib/auth/roles";
import type { LookupItem } from "@/lib/schemas/lookup";
import { errorResponse, parseJsonBody } from "./respond";

/** PATCH of an actor or place by slug, with a reason and the version seen: editors only; 409 on a stale version or a name another has. */
export function editRoute<T>(schema: ZodType<T>, edit: (slug: string, input: T, user: CurrentUser) => Promise<LookupItem>) {
  return async function PATCH(request: Request, context: { params: Promise<{ slug: string }> }) {
    try {
      const user = await requireRoleForRequest(request, "editor");
      const { slug } = await context.params;
      const input = await parseJsonBody(request, schema);
      return NextResponse.json({ item: await edit(slug, input, user) });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
