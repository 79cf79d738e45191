import { currentTarget } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";

const target = currentTarget();
const result = await migrate(target);
const where = target.kind === "sqlite" ? target.file : "PostgreSQL";
console.log(
  result.applied.length > 0
    ? `Applied ${result.applied.length} migration(s) to ${where}: ${result.applied.join(", ")}`
    : `${where} is up to date (version ${result.version}).`,
);
