import { readEnv } from "@/lib/env";

/** Runs once when a server instance starts: a bad environment stops it with every problem named. */
export function register() {
  readEnv();
}
