import path from "node:path";
import { z } from "zod";

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** file:<path> for SQLite, postgresql://… for PostgreSQL. Defaults to data/ledger.db. */
  DATABASE_URL: z
    .string()
    .trim()
    .refine((u) => /^(file:|postgres(ql)?:\/\/)/.test(u), {
      message: "DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL).",
    })
    .optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Signs session cookies. Absent: generated once and kept in data/auth-secret. */
  BETTER_AUTH_SECRET: z.string().min(32, { message: "BETTER_AUTH_SECRET must be at least 32 characters." }).optional(),
  /** The address people use to reach the app. Absent: http://localhost:$PORT. */
  BETTER_AUTH_URL: z.url({ protocol: /^https?$/, message: "BETTER_AUTH_URL must be an http(s) URL." }).optional(),
});

export type Env = z.infer<typeof envSchema>;

/** Reads and validates the environment; throws a readable error naming each bad variable. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

export const DEFAULT_SQLITE_PATH = path.join("data", "ledger.db");

export type DatabaseTarget =
  | { kind: "sqlite"; url: string; file: string }
  | { kind: "postgres"; url: string };

/** Which database a URL names. Relative SQLite paths are taken from the project root. */
export function databaseTarget(url: string | undefined, cwd: string = process.cwd()): DatabaseTarget {
  if (!url) {
    const file = path.join(/*turbopackIgnore: true*/ cwd, DEFAULT_SQLITE_PATH);
    return { kind: "sqlite", url: `file:${file}`, file };
  }
  if (url.startsWith("file:")) {
    const raw = url.slice("file:".length);
    const file = path.isAbsolute(raw) ? raw : path.join(/*turbopackIgnore: true*/ cwd, raw);
    return { kind: "sqlite", url: `file:${file}`, file };
  }
  return { kind: "postgres", url };
}
