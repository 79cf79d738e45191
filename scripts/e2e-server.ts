// The server the end-to-end tests drive: a fresh SQLite file with the seeds and the test fixtures,
// and the production build.
import { currentTarget, db } from "@/lib/db/client";
import { deleteSqliteFiles } from "@/lib/db/migrate";
import { loadE2eFixtures } from "@/lib/testing/e2e-fixtures";
import { exitOnError, prepareDatabase, serve } from "./start";

const target = currentTarget();
if (target.kind !== "sqlite" || !target.file.includes("data/e2e")) {
  exitOnError(new Error(`The end-to-end server only runs on its own SQLite file under data/e2e*, not ${target.url}.`));
}
deleteSqliteFiles(target.file);

prepareDatabase()
  .then(() => loadE2eFixtures(db()))
  .then(() => db().$disconnect())
  .then(serve)
  .catch(exitOnError);
