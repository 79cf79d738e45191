// One app "instance" for the concurrency and fault tests: its own process and database client,
// driving the ledger's write path as the API routes do, with errors mapped as the API maps them.
// Usage: tsx tests/integration/instance.ts '<json plan>'  (DATABASE_URL names the database)
//   the instance prints "ready" once connected and waits for "go" on its standard input, so that
//   two instances send together;
//   plan.ops: writes sent at once; each prints one JSON result line { status, body };
//   plan.loop: writes claims one after another until killed, printing "ack <id>" after each commit.
import type { CurrentUser } from "@/lib/auth/roles";
import { errorResponse } from "@/lib/api/respond";
import { db } from "@/lib/db/client";
import { addClaim, addSource, editClaim, setClaimStatus } from "@/lib/commands/commands";
import { claimInputSchema, sourceInputSchema } from "@/lib/schemas/claim-input";

type Op =
  | { kind: "addClaim"; input: unknown }
  | { kind: "editClaim"; id: number; input: unknown; reason: string; expectedVersion: number }
  | { kind: "setStatus"; id: number; status: "active" | "deprecated" | "retracted"; reason: string; expectedVersion: number }
  | { kind: "addSource"; input: unknown };
type Plan = { user: CurrentUser; ops?: Op[]; loop?: { input: unknown } };

const plan = JSON.parse(process.argv[2] ?? "{}") as Plan;

async function run(op: Op): Promise<{ status: number; body: unknown }> {
  try {
    switch (op.kind) {
      case "addClaim":
        return { status: 201, body: await addClaim(db(), claimInputSchema.parse(op.input), plan.user) };
      case "editClaim":
        return { status: 200, body: await editClaim(db(), op.id, claimInputSchema.parse(op.input), op, plan.user) };
      case "setStatus":
        return { status: 200, body: await setClaimStatus(db(), op.id, op, plan.user) };
      case "addSource":
        return { status: 201, body: await addSource(db(), sourceInputSchema.parse(op.input), plan.user) };
    }
  } catch (error) {
    const response = errorResponse(error);
    return { status: response.status, body: await response.json() };
  }
}

// Open the connection before the start signal, as a running instance would have.
await db().$queryRawUnsafe("SELECT 1");
console.log("ready");
await new Promise<void>((resolve) => {
  process.stdin.setEncoding("utf8");
  process.stdin.on("data", (chunk: string) => {
    if (chunk.includes("go")) resolve();
  });
});
process.stdin.pause();
if (plan.ops) {
  const results = await Promise.all(plan.ops.map(run));
  for (const r of results) console.log(JSON.stringify(r));
}
if (plan.loop) {
  const input = claimInputSchema.parse(plan.loop.input);
  for (;;) {
    const { id } = await addClaim(db(), input, plan.user);
    console.log(`ack ${id}`);
  }
}
await db().$disconnect();
