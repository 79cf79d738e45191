import { currentTarget, db } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { readSeeds } from "@/lib/seed/read-seeds";
import { loadSeeds } from "@/lib/seed/load-seeds";

try {
  await migrate(currentTarget());
  const report = await loadSeeds(db(), readSeeds());
  console.log(
    [
      `taxonomy: ${report.taxonomy.created} created, ${report.taxonomy.updated} updated`,
      `sources:  ${report.sources.created} created, ${report.sources.updated} updated, ${report.sources.unchanged} already present`,
      `claims:   ${report.claims.created} created, ${report.claims.updated} updated, ${report.claims.unchanged} unchanged`,
      `relations: ${report.relations.created} created`,
    ].join("\n"),
  );
  await db().$disconnect();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
