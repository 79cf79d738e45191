// `npm start` (scripts/start.ts) under a supervisor's eyes, with the real production server on its
// own port and database: a server killed with kill -9 makes it exit non-zero; SIGTERM lets a write
// that is in flight finish, then it exits 0.
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100) + 50;
const DB_FILE = "data/e2e-start.db";
const PASSWORD = "correct-horse-battery-staple";

function removeDb() {
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${DB_FILE}${suffix}`, { force: true });
}

/** Starts `tsx scripts/start.ts`; resolves with the process and next-server's pid once it serves. */
async function start(): Promise<{ supervisor: ChildProcess; serverPid: number; exited: Promise<number | null> }> {
  const supervisor = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "scripts/start.ts"], {
    env: { ...process.env, PORT: String(PORT), DATABASE_URL: `file:${DB_FILE}`, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<number | null>((resolve) => supervisor.on("exit", (code) => resolve(code)));
  let output = "";
  const serverPid = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start did not serve in time:\n${output}`)), 120_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const pid = output.match(/next-server pid (\d+)/)?.[1];
      if (pid && /Ready in/.test(output)) {
        clearTimeout(timer);
        resolve(Number(pid));
      }
    };
    supervisor.stdout!.on("data", read);
    supervisor.stderr!.on("data", read);
    supervisor.on("exit", () => reject(new Error(`npm start exited early:\n${output}`)));
  });
  return { supervisor, serverPid, exited };
}

test.describe.configure({ mode: "serial" });

test.beforeAll(() => {
  removeDb();
  execFileSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "scripts/user-create.ts", "--email", "start@example.test", "--role", "editor", "--password", PASSWORD], {
    env: { ...process.env, DATABASE_URL: `file:${DB_FILE}` },
    stdio: "ignore",
  });
});

test.afterAll(removeDb);

test("npm start exits non-zero when next-server is killed with kill -9", async () => {
  test.setTimeout(180_000);
  const { serverPid, exited } = await start();
  process.kill(serverPid, "SIGKILL");
  expect(await exited).toBe(137);
});

test("SIGTERM lets a sign-in that is in flight finish and be stored, then npm start exits 0", async () => {
  test.setTimeout(180_000);
  const { supervisor, exited } = await start();
  const body = JSON.stringify({ email: "start@example.test", password: PASSWORD });
  // The request is sent up to its last byte, then held: it is in flight when SIGTERM arrives.
  const socket = net.connect(PORT, "127.0.0.1");
  await new Promise((resolve) => socket.once("connect", resolve));
  let answer = "";
  socket.on("data", (chunk) => (answer += chunk.toString()));
  const closed = new Promise((resolve) => socket.on("close", resolve));
  const head = `POST /api/auth/sign-in/email HTTP/1.1\r\nHost: localhost:${PORT}\r\nOrigin: http://localhost:${PORT}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nX-Forwarded-For: 10.77.${crypto.randomInt(250)}.1\r\nConnection: close\r\n\r\n`;
  socket.write(head + body.slice(0, -1));
  await new Promise((r) => setTimeout(r, 500));
  supervisor.kill("SIGTERM");
  await new Promise((r) => setTimeout(r, 500));
  socket.write(body.slice(-1));
  await closed;
  expect(answer).toMatch(/^HTTP\/1\.1 200/);
  expect(answer).toMatch(/set-cookie: better-auth\.session_token=/i);
  expect(await exited).toBe(0);
  const database = new Database(DB_FILE, { readonly: true });
  try {
    const row = database.prepare(`SELECT count(*) AS n FROM "Session" JOIN "User" ON "User"."id" = "Session"."userId" WHERE "User"."email" = ?`).get("start@example.test") as { n: number };
    expect(row.n).toBe(1);
  } finally {
    database.close();
  }
});
