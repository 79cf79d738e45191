import "server-only";
import { headers } from "next/headers";
import { nonceOf } from "./security-headers";

/** The nonce this request's page policy allows scripts with, for a script the page writes itself. */
export async function requestNonce(): Promise<string> {
  return nonceOf((await headers()).get("content-security-policy"));
}
