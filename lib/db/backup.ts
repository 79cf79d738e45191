// Online backup and restore of the ledger's database (docs/decisions/0012-integrity-under-concurrency.md).
// SQLite: the backup API copies every page in one step, inside one read transaction, while the
// app keeps writing (WAL); a plain file copy would miss what is still in the WAL. PostgreSQL:
// pg_dump reads one snapshot. A restore goes into an empty database only, and is refused otherwise.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import type { DatabaseTarget } from "@/lib/env";
import { deleteSqliteFiles } from "./migrate";

const SQLITE_MAGIC = "SQLite format 3\u0000";
const PG_DUMP_MAGIC = "PGDMP";

export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BackupError";
  }
}

/** The PostgreSQL client programs: on PATH, else the newest under /usr/lib/postgresql. */
export function postgresProgram(name: "pg_dump" | "pg_restore" | "initdb" | "pg_ctl" | "postgres"): string | null {
  const dirs = (process.env.PATH ?? "").split(path.delimiter);
  const versions = fs.existsSync("/usr/lib/postgresql") ? fs.readdirSync("/usr/lib/postgresql").sort((a, b) => Number(b) - Number(a)) : [];
  dirs.push(...versions.map((v) => path.join("/usr/lib/postgresql", v, "bin")));
  for (const dir of dirs) {
    const candidate = path.join(dir, name);
    if (dir && fs.existsSync(candidate)) return candidate;
  }
  return null;
}

function requireProgram(name: "pg_dump" | "pg_restore"): string {
  const program = postgresProgram(name);
  if (!program) throw new BackupError(`${name} is not installed (Debian: apt-get install -y postgresql-client).`);
  return program;
}

/** Writes a consistent backup of the target to `file` (which must not exist yet). */
export async function backupDatabase(target: DatabaseTarget, file: string): Promise<{ bytes: number }> {
  if (fs.existsSync(file)) throw new BackupError(`${file} exists already; choose a new file name.`);
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  if (target.kind === "sqlite") {
    if (!fs.existsSync(target.file)) throw new BackupError(`There is no database at ${target.file}.`);
    const source = new Database(target.file, { fileMustExist: true });
    try {
      // Every remaining page in one step: one read transaction, so the copy is one moment of the
      // ledger. A write between steps would restart the copy; there is only one step after the first.
      await source.backup(file, { progress: () => 0x7fffffff });
    } finally {
      source.close();
    }
    const copy = new Database(file, { readonly: true });
    try {
      const check = copy.pragma("quick_check", { simple: true });
      if (check !== "ok") throw new BackupError(`The backup did not pass SQLite's check: ${String(check)}.`);
    } finally {
      copy.close();
    }
  } else {
    execFileSync(requireProgram("pg_dump"), ["--format=custom", "--no-owner", "--no-privileges", `--file=${file}`, target.url], { stdio: ["ignore", "inherit", "inherit"] });
  }
  return { bytes: fs.statSync(file).size };
}

function fileKind(file: string): "sqlite" | "postgres" | null {
  const fd = fs.openSync(file, "r");
  try {
    const head = Buffer.alloc(16);
    fs.readSync(fd, head, 0, 16, 0);
    const text = head.toString("latin1");
    if (text === SQLITE_MAGIC) return "sqlite";
    if (text.startsWith(PG_DUMP_MAGIC)) return "postgres";
    return null;
  } finally {
    fs.closeSync(fd);
  }
}

async function postgresIsEmpty(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'`);
    return rows[0].n === 0;
  } finally {
    await client.end();
  }
}

function sqliteIsEmpty(file: string): boolean {
  if (!fs.existsSync(file) || fs.statSync(file).size === 0) return true;
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare(`SELECT count(*) AS n FROM sqlite_master`).get() as { n: number }).n === 0;
  } finally {
    db.close();
  }
}

/** Restores a backup into the target, which must be an empty database of the same kind. */
export async function restoreDatabase(target: DatabaseTarget, file: string): Promise<void> {
  if (!fs.existsSync(file)) throw new BackupError(`There is no backup at ${file}.`);
  const kind = fileKind(file);
  if (kind === null) throw new BackupError(`${file} is neither a SQLite database nor a pg_dump archive.`);
  if (kind !== target.kind) throw new BackupError(`${file} is a ${kind === "sqlite" ? "SQLite" : "PostgreSQL"} backup, but DATABASE_URL names a ${target.kind === "sqlite" ? "SQLite" : "PostgreSQL"} database.`);
  if (target.kind === "sqlite") {
    if (!sqliteIsEmpty(target.file)) throw new BackupError(`${target.file} is not empty; restore into a new file, then move it into place while the app is stopped.`);
    deleteSqliteFiles(target.file);
    fs.mkdirSync(path.dirname(target.file), { recursive: true });
    const backup = new Database(file, { readonly: true });
    try {
      await backup.backup(target.file, { progress: () => 0x7fffffff });
    } finally {
      backup.close();
    }
    const restored = new Database(target.file);
    restored.pragma("journal_mode = WAL");
    restored.close();
  } else {
    if (!(await postgresIsEmpty(target.url))) throw new BackupError("The target PostgreSQL database is not empty; create a new one (createdb) and restore into it.");
    execFileSync(requireProgram("pg_restore"), ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", `--dbname=${target.url}`, file], { stdio: ["ignore", "inherit", "inherit"] });
  }
}
