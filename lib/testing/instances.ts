// Separate app processes on one database, for the concurrency and fault tests
// (tests/integration/instance.ts is what each runs).
import { spawn, type ChildProcess } from "node:child_process";
import type { CurrentUser } from "@/lib/auth/roles";

export type InstanceResult = { status: number; body: Record<string, unknown> };

export type Instance = {
  child: ChildProcess;
  /** Lines printed so far (results as JSON, "ack <id>" in a loop). */
  lines: string[];
  ready: Promise<void>;
  go: () => void;
  exited: Promise<number | null>;
};

export function startInstance(databaseUrl: string, plan: { user: CurrentUser; ops?: unknown[]; loop?: { input: unknown } }): Instance {
  // Node itself with tsx's loader, not the tsx command: the command runs the script in a child of its
  // own, which a SIGKILL of the command would leave running, still writing.
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "tests/integration/instance.ts", JSON.stringify(plan)], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ["pipe", "pipe", "pipe"],
  });
  const lines: string[] = [];
  let stderr = "";
  let markReady: () => void = () => undefined;
  let failReady: (e: Error) => void = () => undefined;
  const ready = new Promise<void>((resolve, reject) => {
    markReady = resolve;
    failReady = reject;
  });
  let buffered = "";
  child.stdout!.setEncoding("utf8").on("data", (chunk: string) => {
    buffered += chunk;
    const parts = buffered.split("\n");
    buffered = parts.pop()!;
    for (const line of parts) {
      if (line === "ready") markReady();
      else if (line.trim()) lines.push(line);
    }
  });
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) =>
    child.on("exit", (code) => {
      failReady(new Error(`instance exited (${code}) before it was ready: ${stderr.slice(-2000)}`));
      resolve(code);
    }),
  );
  return { child, lines, ready, go: () => child.stdin!.write("go\n"), exited };
}

/** Starts the instances, sends them off together, and returns each one's results. */
export async function runTogether(databaseUrl: string, plans: Array<{ user: CurrentUser; ops: unknown[] }>): Promise<InstanceResult[][]> {
  const instances = plans.map((plan) => startInstance(databaseUrl, plan));
  await Promise.all(instances.map((i) => i.ready));
  for (const i of instances) i.go();
  await Promise.all(instances.map((i) => i.exited));
  return instances.map((i) => i.lines.map((line) => JSON.parse(line) as InstanceResult));
}
