import { describe, expect, it } from "vitest";
import { readSeeds } from "@/lib/seed/read-seeds";
import { extractFigures } from "./extract-figures";
import { extractionContextFromTaxonomy } from "./taxonomy-context";

const context = extractionContextFromTaxonomy(readSeeds().taxonomy, { world: false });
const metrics = (text: string) => extractFigures(text, { publishedOn: "2025-07-10", ...context }).map((p) => p.metric.name ?? `new: ${p.metric.proposedName}`);

describe("matching a figure to a metric by name", () => {
  it("sends troops, forces and service members to troop levels", () => {
    expect(metrics("About 900 American troops remain in Syria.")).toEqual(["US troops deployed"]);
    expect(metrics("The Pentagon plans to cut that to fewer than 500 service members.")).toEqual(["US troops deployed"]);
    expect(metrics("About 2,500 US forces are stationed in Iraq.")).toEqual(["US troops deployed"]);
    // Troops of another force are not US troops.
    expect(metrics("A five-nation force aims to deploy 5,000 troops.")).toEqual(["new: Troops"]);
  });

  it("does not file a count of operations as captured, nor detained fighters as active fighters", () => {
    expect(metrics("ISIS lost ground as the SDF detained 14 Islamic State members in two raids.")).toEqual(["ISIS members and suspects captured", "Counter-ISIS operations"]);
    expect(metrics("About 9,000 ISIS fighters are held in prisons in the northeast.")).toEqual(["ISIS members in detention"]);
    expect(metrics("CENTCOM estimated 2,500 ISIS fighters in Syria.")).toEqual(["ISIS fighters"]);
  });

  it("reads who died from 'deaths among' and needs the group named for its metrics", () => {
    expect(metrics("The monitor documented 118 deaths among Islamic State fighters.")).toEqual(["ISIS members killed"]);
    expect(metrics("The army said it killed 17 militants near Mopti.")).toEqual(["new: Militants killed"]);
    expect(metrics("Shelling killed four people and wounded one police officer.")).toEqual(["People killed", "new: Police officer wounded"]);
  });

  it("carries the metric's name and proposes a name when none fits", () => {
    const [p] = extractFigures("Militants abducted 42 people from a village.", { publishedOn: "2025-07-10", ...context });
    expect(p!.metric).toMatchObject({ slug: "people-kidnapped", name: "People kidnapped", proposedName: null });
    const [q] = extractFigures("The army dismantled 14 sleeper cells.", { publishedOn: "2025-07-10", ...context });
    expect(q!.metric).toMatchObject({ slug: null, name: null, proposedName: "Sleeper cells" });
  });
});
