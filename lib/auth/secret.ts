import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** Where the generated secret is kept when BETTER_AUTH_SECRET is not set (data/ is not committed). */
export function defaultSecretFile(cwd: string = process.cwd()): string {
  return path.join(/*turbopackIgnore: true*/ cwd, "data", "auth-secret");
}

const MIN_LENGTH = 32;

/**
 * The secret that signs session cookies: the environment's when set; otherwise the one in `file`,
 * created on first use. Keeping it in a file means restarts keep people signed in, and several
 * instances on one machine share it. Creation uses an exclusive write, so two instances starting
 * at once end up with the same secret.
 */
export function resolveAuthSecret(fromEnv: string | undefined, file: string): string {
  if (fromEnv) return fromEnv;
  const existing = readSecretFile(file);
  if (existing) return existing;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const secret = crypto.randomBytes(32).toString("base64url");
  try {
    fs.writeFileSync(file, `${secret}\n`, { flag: "wx", mode: 0o600 });
    return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    // Another process created it between our read and our write: use theirs.
    const theirs = readSecretFile(file);
    if (!theirs) throw new Error(`${file} exists but holds no secret.`);
    return theirs;
  }
}

function readSecretFile(file: string): string | null {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  const secret = text.trim();
  if (secret.length === 0) return null;
  if (secret.length < MIN_LENGTH) {
    // Never overwrite silently: replacing the secret signs everyone out.
    throw new Error(`${file} holds a secret shorter than ${MIN_LENGTH} characters. Delete it to generate a new one, or set BETTER_AUTH_SECRET.`);
  }
  return secret;
}
