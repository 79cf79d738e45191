import { readEnv } from "@/lib/env";

/** Runs once when a server instance starts: a bad environment stops it with every problem named. */
export async function register() {
  const env = readEnv();
  // The production server warms its page types in the background (lib/warm-up.ts).
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NODE_ENV === "production" && process.env.PORT && process.env.LEDGER_WARM_UP !== "0") {
    const { warmUp } = await import("@/lib/warm-up");
    void warmUp(env.PORT);
  }
}
