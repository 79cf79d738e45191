// Personal API tokens as /account/tokens lists them: never the secret or its hash.
import "server-only";
import { db } from "@/lib/db/client";
import type { TokenScope } from "@/lib/schemas/api-token";

export type ApiTokenRow = {
  id: number;
  publicId: string;
  name: string;
  scope: TokenScope;
  createdAt: Date;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  owner: { id: string; email: string };
};

/** At most this many tokens are listed, newest first. */
export const TOKENS_SHOWN = 200;

const select = {
  id: true,
  publicId: true,
  name: true,
  scope: true,
  createdAt: true,
  expiresAt: true,
  lastUsedAt: true,
  revokedAt: true,
  user: { select: { id: true, email: true } },
} as const;

/** The tokens of one user, or with `userId` null everyone's (for admins), newest first. */
export async function listApiTokens(userId: string | null): Promise<ApiTokenRow[]> {
  const rows = await db().apiToken.findMany({ where: userId === null ? {} : { userId }, select, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: TOKENS_SHOWN });
  return rows.map(({ user, scope, ...row }) => ({ ...row, scope: scope === "write" ? "write" : "read", owner: user }));
}
