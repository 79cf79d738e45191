import "server-only";
import { headers } from "next/headers";
import { readEnv } from "@/lib/env";

/** The address readers use: BETTER_AUTH_URL when set, else the request's own host. */
export async function siteOrigin(): Promise<string> {
  const configured = readEnv().BETTER_AUTH_URL;
  if (configured) return new URL(configured).origin;
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost";
  const proto = h.get("x-forwarded-proto") ?? "http";
  return `${proto}://${host}`;
}
