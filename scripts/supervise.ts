// How `npm start` watches the server it starts, for a supervisor (systemd, Docker, a process
// manager) that restarts the app when it fails:
// - SIGTERM and SIGINT are passed on to the server, which stops taking connections, finishes the
//   requests in flight (writes included) and exits; that requested stop exits 0.
// - A server that dies any other way exits non-zero: its own exit code, or 128 + the signal's
//   number when a signal killed it (kill -9 → 137, SIGBUS → 135), as a shell reports it.
// - A server that has not stopped `graceMs` after the signal is killed, and the exit is 1.
import type { ChildProcess } from "node:child_process";
import os from "node:os";

const FORWARDED = ["SIGINT", "SIGTERM"] as const;

export type SupervisorOptions = { graceMs?: number; exit?: (code: number) => void; log?: (line: string) => void };

/** The exit code for a server that ended with `code` or `signal`, given whether a stop was asked for. */
export function exitCodeFor(code: number | null, signal: NodeJS.Signals | null, stopRequested: NodeJS.Signals | null): number {
  if (stopRequested) {
    // Next.js exits 130 / 143 after a clean stop on SIGINT / SIGTERM.
    const clean = code === 0 || signal === stopRequested || code === 128 + os.constants.signals[stopRequested];
    if (clean) return 0;
  }
  if (code !== null) return code === 0 && !stopRequested ? 1 : code;
  return 128 + (signal ? (os.constants.signals[signal] ?? 0) : 0);
}

export function supervise(child: ChildProcess, options: SupervisorOptions = {}): void {
  const { graceMs = 30_000, exit = (code) => process.exit(code), log = (line) => console.error(line) } = options;
  let stopRequested: NodeJS.Signals | null = null;
  let forceTimer: NodeJS.Timeout | null = null;

  const handlers = FORWARDED.map((signal) => {
    const handler = () => {
      if (!stopRequested) {
        stopRequested = signal;
        log(`Stopping: ${signal} passed to the server, which finishes the requests in flight.`);
        forceTimer = setTimeout(() => {
          log(`The server did not stop within ${graceMs / 1000} s; killing it.`);
          child.kill("SIGKILL");
        }, graceMs);
        forceTimer.unref();
      }
      child.kill(signal);
    };
    process.on(signal, handler);
    return [signal, handler] as const;
  });

  child.on("exit", (code, signal) => {
    if (forceTimer) clearTimeout(forceTimer);
    for (const [name, handler] of handlers) process.off(name, handler);
    const forced = stopRequested !== null && signal === "SIGKILL";
    const status = forced ? 1 : exitCodeFor(code, signal, stopRequested);
    if (status !== 0) log(`The server ${signal ? `was killed by ${signal}` : `exited with code ${code}`}; exiting ${status}.`);
    exit(status);
  });
}
