import { NextResponse } from "next/server";
import type { ZodType } from "zod";
import { requireRoleForRequest } from "@/lib/auth/current-user";
import type { CurrentUser } from "@/lib/auth/roles";
import type { LookupItem } from "@/lib/schemas/lookup";
import { errorResponse, parseJsonBody } from "./respond";

/** POST of a new outlet, actor or place: editors only; 201 with the item the pickers show, 409 naming a duplicate. */
export function createRoute<T>(schema: ZodType<T>, add: (input: T, user: CurrentUser) => Promise<LookupItem>) {
  return async function POST(request: Request) {
    try {
      const user = await requireRoleForRequest(request, "editor");
      const input = await parseJsonBody(request, schema);
      return NextResponse.json({ item: await add(input, user) }, { status: 201 });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
