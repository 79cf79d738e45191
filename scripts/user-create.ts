// `npm run user:create -- --email ada@example.org --role admin [--name "Ada"] [--password ...]`
// Creates an account (the first admin, typically). Migrates the database first, so it works on a
// fresh clone. Exit codes: 0 created, 1 refused or failed (e.g. the email exists), 2 bad arguments.
import crypto from "node:crypto";
import { parseArgs } from "node:util";
import { z } from "zod";
import { AccountError, createUser } from "@/lib/auth/users";
import { currentTarget, db } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { createUserBodySchema } from "@/lib/schemas/user";

const USAGE = `Usage: npm run user:create -- --email <address> --role <editor|admin> [--name <name>] [--password <password>]

  --email     the address the person signs in with
  --role      editor (adds and edits) or admin (also manages users)
  --name      shown to other users; defaults to the part of the email before the @
  --password  at least 12 characters; left out, a strong one is generated and printed once
              (a password typed here stays in your shell history)`;

/** The CLI's arguments: the account schema, with the name and password optional. */
const argsSchema = createUserBodySchema.extend({
  name: createUserBodySchema.shape.name.optional(),
  password: createUserBodySchema.shape.password.optional(),
});

function fail(code: 1 | 2, message: string): never {
  console.error(message);
  if (code === 2) console.error(`\n${USAGE}`);
  process.exit(code);
}

function readArgs() {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      options: {
        email: { type: "string" },
        role: { type: "string" },
        name: { type: "string" },
        password: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    fail(2, (error as Error).message);
  }
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) {
    fail(2, `Invalid arguments:\n${parsed.error.issues.map((i) => `  --${i.path.join(".")}: ${i.message}`).join("\n")}`);
  }
  return parsed.data;
}

async function main() {
  const args = readArgs();
  const generated = args.password === undefined;
  const password = args.password ?? crypto.randomBytes(18).toString("base64url");
  const name = args.name ?? args.email.split("@")[0]!;
  const target = currentTarget();
  await migrate(target);
  try {
    const user = await createUser({ email: args.email, name, role: args.role, password });
    console.log(`Created ${user.role} ${user.email} (${user.name}) in ${target.kind === "sqlite" ? target.file : "PostgreSQL"}.`);
    if (generated) {
      console.log(`Password (shown only this once; store it now): ${password}`);
    }
  } catch (error) {
    if (error instanceof AccountError) fail(1, error.message);
    if (error instanceof z.ZodError) fail(2, error.issues.map((i) => i.message).join("\n"));
    throw error;
  } finally {
    await db().$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
