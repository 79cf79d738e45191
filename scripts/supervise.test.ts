import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { describe, expect, it } from "vitest";
import { exitCodeFor, supervise } from "./supervise";

// A stand-in for next-server: serves /slow in 800 ms and, like Next.js, stops taking connections on
// SIGTERM, finishes what is in flight, then exits 143.
const SERVER = `
const http = require("node:http");
const server = http.createServer((req, res) => setTimeout(() => res.end("done"), req.url === "/slow" ? 800 : 0));
server.listen(0, "127.0.0.1", () => process.stdout.write(String(server.address().port) + "\\n"));
process.on("SIGTERM", () => server.close(() => process.exit(143)));
`;

async function startChild(): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ["-e", SERVER], { stdio: ["ignore", "pipe", "inherit"] });
  const [chunk] = (await once(child.stdout!, "data")) as [Buffer];
  return { child, port: Number(chunk.toString().trim()) };
}

function supervised(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => supervise(child, { graceMs: 5_000, exit: resolve, log: () => undefined }));
}

describe("npm start's supervision of the server", () => {
  it("exits non-zero when the server is killed by kill -9 or SIGBUS", async () => {
    for (const [signal, expected] of [["SIGKILL", 137], ["SIGBUS", 135]] as const) {
      const { child } = await startChild();
      const exited = supervised(child);
      child.kill(signal);
      expect(await exited).toBe(expected);
    }
  });

  it("passes SIGTERM on, lets the request in flight finish, and exits 0", async () => {
    const { child, port } = await startChild();
    const exited = supervised(child);
    const inFlight = fetch(`http://127.0.0.1:${port}/slow`).then((r) => r.text());
    await new Promise((r) => setTimeout(r, 200));
    process.emit("SIGTERM");
    expect(await inFlight).toBe("done");
    expect(await exited).toBe(0);
  });

  it("maps exit codes as a supervisor needs them", () => {
    expect(exitCodeFor(1, null, null)).toBe(1);
    expect(exitCodeFor(0, null, null)).toBe(1); // a server never stops by itself
    expect(exitCodeFor(143, null, "SIGTERM")).toBe(0);
    expect(exitCodeFor(130, null, "SIGINT")).toBe(0);
    expect(exitCodeFor(null, "SIGKILL", null)).toBe(137);
    expect(exitCodeFor(2, null, "SIGTERM")).toBe(2);
  });
});
