import { describe, expect, it } from "vitest";
import { readSeeds } from "@/lib/seed/read-seeds";
import { extractFigures, extractFiguresInChunks, type Proposal } from "./extract-figures";
import { countriesGazetteer } from "./gazetteer";
import { extractionContextFromTaxonomy } from "./taxonomy-context";

// The grammar is tested without the world index (place-finder.test.ts has it), so that the speed
// test measures the extractor and not the garbage collection of a 171,000-place heap.
const context = extractionContextFromTaxonomy(readSeeds().taxonomy, { world: false });
const extract = (text: string, publishedOn: string | null = null) => extractFigures(text, { publishedOn, ...context });

/** [surface, qualifier, low, best, high, vagueTerm] of every proposal. */
const values = (text: string) => extract(text).map((p) => [p.surface, p.qualifier, p.low, p.best, p.high, p.vagueTerm]);

type Row = [text: string, expected: Array<[string, Proposal["qualifier"], string | null, string | null, string | null, string | null]>];

function table(name: string, rows: Row[]) {
  describe(name, () => {
    it.each(rows)("%s", (text, expected) => {
      expect(values(text)).toEqual(expected);
    });
  });
}

table("numbers as digits and words", [
  ["ISIS claimed 153 attacks.", [["153", "exact", null, "153", null, null]]],
  ["The US maintains 2,500 troops in Iraq.", [["2,500", "exact", null, "2500", null, null]]],
  ["It controlled 38,000 square kilometers.", [["38,000", "exact", null, "38000", null, null]]],
  ["Some 1.5 million people fled.", [["Some 1.5 million", "approximately", null, "1500000", null, null]]],
  ["Fighters kidnapped four Iraqi hunters.", [["four", "exact", null, "4", null, null]]],
  ["The blast killed eleven soldiers and fifteen militants.", [["eleven", "exact", null, "11", null, null], ["fifteen", "exact", null, "15", null, null]]],
  ["Police seized a dozen rifles.", [["a dozen", "exact", null, "12", null, null]]],
  ["Half a million people were displaced.", [["Half a million", "exact", null, "500000", null, null]]],
  ["The group holds three hundred and twelve prisoners.", [["three hundred and twelve", "exact", null, "312", null, null]]],
  ["A reward of up to $7 million was offered.", [["up to $7 million", "at_most", null, null, "7000000", null]]],
  ["The town lies 15km from the border.", [["15", "exact", null, "15", null, null]]],
]);

table("hedges", [
  ["About 2,500 fighters remain.", [["About 2,500", "approximately", null, "2500", null, null]]],
  ["approximately 38,000 square kilometers", [["approximately 38,000", "approximately", null, "38000", null, null]]],
  ["roughly 2,000 fighters", [["roughly 2,000", "approximately", null, "2000", null, null]]],
  ["The threat is growing, nearly three years after the defeat", [["nearly three", "approximately", null, "3", null, null]]],
  ["around 53 soldiers were killed", [["around 53", "approximately", null, "53", null, null]]],
  ["An estimated 1.5 million people returned.", [["An estimated 1.5 million", "approximately", null, "1500000", null, null]]],
  ["almost 170,000 people live here", [["almost 170,000", "approximately", null, "170000", null, null]]],
  ["at least a dozen plots were thwarted", [["at least a dozen", "at_least", "12", null, null, null]]],
  ["at least 39 civilians were killed", [["at least 39", "at_least", "39", null, null, null]]],
  ["more than 100,000 people have not returned", [["more than 100,000", "more_than", "100000", null, null, null]]],
  ["over 5.9 million refugees fled", [["over 5.9 million", "more_than", "5900000", null, null, null]]],
  ["estimates said the total exceeded 30,000", [["exceeded 30,000", "more_than", "30000", null, null, null]]],
  ["up to 450 troops", [["up to 450", "at_most", null, null, "450", null]]],
  ["at most 20 people", [["at most 20", "at_most", null, null, "20", null]]],
  ["fewer than 200 fighters", [["fewer than 200", "fewer_than", null, null, "200", null]]],
  ["less than 10 percent of the city", [["less than 10 percent", "fewer_than", null, null, "0.1", null]]],
  ["500 or more people were killed", [["500 or more", "at_least", "500", null, null, null]]],
  ["claimed at least another 100,000 lives", [["at least another 100,000", "at_least", "100000", null, null, null]]],
  ["up to a further 300 troops", [["up to a further 300", "at_most", null, null, "300", null]]],
  ["another 100,000 lives", [["100,000", "exact", null, "100000", null, null]]],
]);

table("ranges", [
  ["between 5,000 and 7,000 fighters", [["between 5,000 and 7,000", "range", "5000", null, "7000", null]]],
  ["5,000-7,000 fighters", [["5,000-7,000", "range", "5000", null, "7000", null]]],
  ["5,000 to 7,000 fighters", [["5,000 to 7,000", "range", "5000", null, "7000", null]]],
  ["six or seven bodies", [["six or seven", "range", "6", null, "7", null]]],
  ["5 to 7 million people", [["5 to 7 million", "range", "5000000", null, "7000000", null]]],
  ["it rose from 1,000 to 2,500 fighters", [["1,000", "exact", null, "1000", null, null], ["2,500", "exact", null, "2500", null, null]]],
]);

table("vague amounts", [
  ["dozens of ISIS suspects were detained", [["dozens", "vague", null, null, null, "dozens"]]],
  ["hundreds of ISIS members surrendered", [["hundreds", "vague", null, null, null, "hundreds"]]],
  ["thousands of fighters melted away", [["thousands", "vague", null, null, null, "thousands"]]],
  ["Tens of thousands of women surrendered.", [["Tens of thousands", "vague", null, null, null, "tens of thousands"]]],
  ["scores of people were hurt", [["scores", "vague", null, null, null, "scores"]]],
  ["a few hundred fighters remain", [["a few hundred", "vague", null, null, null, "a few hundred"]]],
  ["numerous attacks killed civilians", [["numerous", "vague", null, null, null, "numerous"]]],
  ["the campaign released many extremists", [["many", "vague", null, null, null, "many"]]],
  ["many women and children are held", [["many", "vague", null, null, null, "many"]]],
  ["with many left stranded on the streets", [["many", "vague", null, null, null, "many"]]],
  // seeds/README.md: opinion-holders, capability, framing and existence are not figures.
  ["which many fear could empower ISIS", []],
  ["there is consensus among many experts and commentators", []],
  ["cells are not able to carry out many attacks", []],
  ["Several incidents underscore the renewed threat.", []],
  ["lacking some of the other senior commanders", []],
  ["Numerous high-rise buildings lie within yards of the post.", []],
  ["Numerous buildings were destroyed.", [["Numerous", "vague", null, null, null, "numerous"]]],
]);

table("fractions and percentages (shares)", [
  ["the prison, one-quarter of which is under ISIS control", [["one-quarter", "exact", null, "0.25", null, null]]],
  ["around one-third of the group's strength", [["around one-third", "approximately", null, "0.3333", null, null]]],
  ["two-thirds of the city", [["two-thirds", "exact", null, "0.6667", null, null]]],
  ["ISIL now controls half of Syria", [["half", "exact", null, "0.5", null, null]]],
  ["almost half of the country", [["almost half", "approximately", null, "0.5", null, null]]],
  ["a 4% increase", [["4%", "exact", null, "0.04", null, null]]],
  ["Around 49% of the displaced", [["Around 49%", "approximately", null, "0.49", null, null]]],
  ["45 percent of the budget", [["45 percent", "exact", null, "0.45", null, null]]],
  ["forty-five percent of the budget", [["forty-five percent", "exact", null, "0.45", null, null]]],
]);

table("things that are not figures", [
  ["In 2019 the group lost Baghouz.", []],
  ["after its territorial defeat in 2017", []],
  ["According to The New York Times on November 18, the raid failed.", []],
  ["date 2024-08-13 2024-08-13 02:20:04 - Source: Shafaq News", []],
  ["US forces might withdraw by September 2025.", []],
  ["the 2012-2013 campaign", []],
  ["a man aged 25 was arrested", []],
  ["a 25-year-old man was arrested", []],
  ["Christiano won the 39th Pat Griskus Sprint.", []],
  ["It was the first attack of its kind.", []],
  ["1. Reinforce the border", []],
  ["In one case, the US bombed an island.", []],
  ["In one successful operation, forces detained suspects.", []],
  ["no one was hurt", []],
  ["one of the officials said", []],
  ["The battle was two weeks ago.", []],
  ["a photo from two months ago", []],
  ["the last battles in the two countries", []],
  ["during the first seven months of the year", []],
  ["In the first half of 2024 the group grew.", []],
  ["Two senior security officials told Reuters it was ISIS.", []],
  ["F-16 jets and COVID-19 clinics", []],
  ["Kuwaiti tourist Farah Zamani, 24, who was shopping", []],
  ["several four- and five-star hotels", [["several", "vague", null, null, null, "several"]]],
  ["RELATED: Q&A: 'Yemen has gone 100 years back in time'", []],
  ["a UN resolution on Dec. 18 and talks on Jan. 25", []],
  ["Born in 1988, he fled.", []],
  // A word ending in "s" after a year is not always a plural count noun.
  ["A force of 60,000 troops assembled in 1995 was succeeded by a smaller one.", [["60,000", "exact", null, "60000", null, null]]],
  ["The rule of the president since 1986 has brought stability.", []],
  ["It joined Indonesia in July 1976 as a province.", []],
  ["The defeat at the Battle of Kosovo in 1389 led to Ottoman rule.", []],
  ["a colony was established in 1787 and grew", []],
  ["In 1959, three years before independence, the king fell.", []],
  ["It was occupied by Indonesian forces nine days later.", []],
  ["Two weeks later, a referendum was held.", []],
  ["The Serbs - many of whom viewed Kosovo as their heartland - objected.", []],
  ["a kingdom from circa 200 B.C. to circa A.D. 1000", []],
  ["Polonnaruwa (from about 1070 to 1200) flourished.", []],
  ["Buddhism arrived around 250 BCE.", []],
]);

// Durations give other figures their period or date an event; they are not figures themselves.
table("durations, date ranges and compound adjectives", [
  ["A two-and-a-half-year border war erupted.", []],
  ["The coup ushered in a decade of authoritarian rule.", []],
  ["after nearly a century of conflict", []],
  ["it took one year of negotiations before a government was formed", []],
  ["lifting the 19-year-old state of emergency", []],
  ["more than a quarter century of fighting", []],
  ["The city fell after a three-week siege.", []],
  ["The ceasefire collapsed within nine months.", []],
  ["Two years after the war ended, elections were held.", []],
  ["The rebels held the town for more than six months.", []],
  ["Several weeks of protests followed.", []],
  ["A two-story building collapsed.", []],
  ["A three-judge panel heard the case.", []],
  ["A five-nation force was formed.", []],
  ["Gunmen attacked villages between 3-9 May.", []],
  ["the 14 years of fighting", []],
]);

table("years and offsets that stay figures", [
  ["The evidence is mounting by the day, nearly three years after the militants lost the last patch of territory", [["nearly three", "approximately", null, "3", null, null]]],
  ["It was the largest clash between the two forces in three years.", [["three", "exact", null, "3", null, null]]],
  ["A 2,000-strong force and the 81-member coalition", [["2,000", "exact", null, "2000", null, null], ["81", "exact", null, "81", null, null]]],
  ["2000 fighters crossed the border.", [["2000", "exact", null, "2000", null, null]]],
  ["some 1500 troops arrived", [["some 1500", "approximately", null, "1500", null, null]]],
  ["many of them died in the fighting", [["many", "vague", null, null, null, "many"]]],
  ["one and a half million people fled", [["one and a half million", "exact", null, "1500000", null, null]]],
  ["A decade ago the war began.", []],
  ["He overwhelmingly won a third term in 2009.", []],
  ["a third of the city was destroyed", [["a third", "exact", null, "0.3333", null, null]]],
  ["about 1,070 fighters and some 1200 troops", [["about 1,070", "approximately", null, "1070", null, null], ["some 1200", "approximately", null, "1200", null, null]]],
]);

table("one as a tally", [
  ["Shelling killed four people and wounded one police officer.", [["four", "exact", null, "4", null, null], ["one", "exact", null, "1", null, null]]],
  ["They carried out two raids in Raqqa and one in Hasakah.", [["two", "exact", null, "2", null, null], ["one", "exact", null, "1", null, null]]],
  ["Kyiv's forces have halved the number of shells they fire.", [["halved", "exact", null, "0.5", null, null]]],
  ["The resolution calls for a halving of UN troops.", [["halving", "exact", null, "0.5", null, null]]],
  ["one Norwegian man was injured", [["one", "exact", null, "1", null, null]]],
  ["killing one officer", [["one", "exact", null, "1", null, null]]],
  ["At least one assailant fired at the post.", [["At least one", "at_least", "1", null, null, null]]],
]);

describe("relative figures", () => {
  it("attaches 'more than double' to the figure it qualifies", () => {
    const [p, ...rest] = extract("CENTCOM reported that the number of ISIS fighters had increased to approximately 2,500 in Syria and Iraq, more than double the previous estimates from January 2024.");
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ surface: "approximately 2,500", best: "2500", relation: { kind: "multiple_of", comparator: "more_than", factor: "2" } });
  });

  it("makes 'around one-third of' both a share and the factor of the count before it", () => {
    const proposals = extract("Numerous attacks killed 43 ISIS members, around one-third of the group's strength in the country.");
    expect(proposals.map((p) => p.surface)).toEqual(["Numerous", "43", "around one-third"]);
    expect(proposals[1]!.relation).toEqual({ kind: "fraction_of", comparator: "approximately", factor: "0.3333" });
    expect(proposals[2]!).toMatchObject({ best: "0.3333", qualifier: "approximately", relation: null, metric: { noun: "share" } });
  });

  it("proposes a factor that stands alone", () => {
    expect(extract("Attacks in the province more than doubled last year.")).toMatchObject([
      { surface: "more than doubled", qualifier: "more_than", low: "2", relation: { kind: "multiple_of", comparator: "more_than", factor: "2" } },
    ]);
    expect(extract("There were twice as many raids as in 2023.")).toMatchObject([
      { surface: "twice", qualifier: "exact", best: "2", relation: { kind: "multiple_of", comparator: "exact", factor: "2" } },
    ]);
    expect(extract("The number of strikes tripled.")).toMatchObject([{ surface: "tripled", best: "3" }]);
  });

  it("does not read 'double' as an adjective or 'twice' as a frequency as a figure", () => {
    expect(extract("A double bombing hit the market.")).toEqual([]);
    expect(extract("The base was hit twice.")).toEqual([]);
  });
});

describe("context of a proposal", () => {
  it("finds the counted noun after the number", () => {
    const nouns = (t: string) => extract(t).map((p) => p.metric.noun);
    expect(nouns("ISIS claimed 153 attacks in Syria.")).toEqual(["attacks"]);
    expect(nouns("The coalition captured 233 ISIS fighters.")).toEqual(["fighters"]);
    expect(nouns("The blast killed 11 U.S. service members.")).toEqual(["service members"]);
    expect(nouns("at least a dozen significant plots")).toEqual(["plots"]);
    expect(nouns("dozens of Afghans")).toEqual(["Afghans"]);
    expect(nouns("the 81-member Coalition")).toEqual(["members"]);
    expect(nouns("killing 11, in the deadliest such attack")).toEqual([""]);
  });

  it("suggests a known metric from the noun and the words around it", () => {
    const slugs = (t: string) => extract(t).map((p) => p.metric.slug);
    expect(slugs("ISIS claimed responsibility for 153 attacks.")).toEqual(["isis-claimed-attacks"]);
    expect(slugs("SDF officials reported capturing 233 suspected ISIS fighters.")).toEqual(["isis-members-captured"]);
    expect(slugs("one-quarter of which is now under ISIS control")).toEqual(["share-under-isis-control"]);
    expect(slugs("The choir sang 12 songs.")).toEqual([null]);
  });

  it("suggests the nearest place of the sentence, then of the previous sentence, then the article's", () => {
    const places = (t: string) => extract(t).map((p) => p.place?.slug ?? null);
    expect(places("Fighters in Iraq stormed a base, killing 11.")).toEqual(["iraq"]);
    expect(places("ISIS is active in Syria and Iraq. It claimed 153 attacks.")).toEqual(["syria-and-iraq"]);
    expect(places("Morocco swept up two suspects this week.")).toEqual(["morocco"]);
    expect(places("The camp holds thousands in Hasakah.")).toEqual(["hasakah"]);
    expect(places("Nothing happened here. It claimed 153 attacks.")).toEqual([null]);
  });

  it("builds the chain origin → relay → outlet from named actors only", () => {
    const chain = (t: string) => extractFigures(t, { publishedOn: "2025-03-20", outlet: "The Outlet", ...context }).map((p) => p.attributionChain);
    expect(chain("The SDF told the Wall Street Journal it captured 233 fighters.")).toEqual([["SDF", "Wall Street Journal", "The Outlet"]]);
    expect(chain("A Ukrainian officer with a three-brigade command told Reuters that 40 shells were fired.")).toEqual([["Ukrainian officer", "Reuters", "The Outlet"]]);
    // A clause or the counted noun is never an actor.
    expect(chain("The military ignored 8 of the 12 distress calls it documented.")).toEqual([["The Outlet"], ["The Outlet"]]);
  });

  it("carries 'according to X' across sentences and resolves 'the group', 'the monitor', 'it' and 'its'", () => {
    const who = (t: string) => extract(t).map((p) => p.attribution);
    expect(who("According to the Syrian Democratic Forces, 37 raids took place. More than 210 suspects were arrested.")).toEqual(["Syrian Democratic Forces", "Syrian Democratic Forces"]);
    expect(who("Ten people died, the Syrian Observatory for Human Rights said. The Britain-based monitor said 14 were detained. Then the SDF said 5 fled. The monitor has documented 118 deaths.")).toEqual([
      "Syrian Observatory for Human Rights", "Syrian Observatory for Human Rights", "SDF", "Syrian Observatory for Human Rights",
    ]);
    expect(who("The World Food Programme plans to reach 8 million people, its country director said.")).toEqual(["World Food Programme country director"]);
    expect(who("A police spokesman, Nahum Daso, said the gunmen arrived on 15 motorcycles.")).toEqual(["Nahum Daso"]);
    expect(who("About 2,500 troops are in Iraq. About 500 will stay, two US officials said.")).toEqual(["US officials", "US officials"]);
  });

  it("resolves the period of the sentence against the publication day", () => {
    const periods = (t: string, d: string | null) => extractFigures(t, { publishedOn: d, ...context }).map((p) => p.period);
    expect(periods("The coalition captured 233 fighters in 28 operations this year.", "2024-08-13")[0]).toEqual({ start: "2024-01-01", end: "2024-08-13", label: "this year" });
    expect(periods("In the first half of 2024 alone, ISIS claimed 153 attacks.", "2024-08-13")[0]).toEqual({ start: "2024-01-01", end: "2024-06-30", label: "In the first half of 2024" });
    expect(periods("They surrendered in March 2019, thousands of them.", null)[0]).toEqual({ start: "2019-03-01", end: "2019-03-31", label: "in March 2019" });
    expect(periods("It lost around 1,000 fighters in 2017.", null)[0]).toEqual({ start: "2017-01-01", end: "2017-12-31", label: "in 2017" });
    expect(periods("On Tuesday hundreds of members surrendered.", null)[0]).toEqual({ start: null, end: null, label: "On Tuesday" });
    // A figure in the present tense is as of the publication day (seeds/README.md); without a day, none.
    expect(periods("The group has 153 cells.", "2024-08-13")[0]).toEqual({ start: "2024-08-13", end: "2024-08-13", label: "present tense" });
    expect(periods("The group had 153 cells.", "2024-08-13")[0]).toEqual({ start: null, end: null, label: "" });
  });

  it("finds who the sentence says asserted the figure", () => {
    const who = (t: string) => extract(t).map((p) => p.attribution);
    expect(who("Air strikes killed at least 39 civilians, according to a monitoring group.")).toEqual(["monitoring group"]);
    expect(who("The Syrian Observatory said 40 people were killed.")).toEqual(["Syrian Observatory"]);
    expect(who("Local officials say that 500 people were killed.")).toEqual(["Local officials"]);
    expect(who("The SDF told the Wall Street Journal it captured 233 fighters.")).toEqual(["SDF"]);
    expect(who("Egypt also says it killed 83 ISIS members.")).toEqual(["Egypt"]);
    expect(who("CENTCOM reported 2,500 fighters.")).toEqual(["CENTCOM"]);
    expect(who("The Pentagon estimated 3,000 fighters remain.")).toEqual(["Pentagon"]);
    expect(who("Some 2,500 fighters remain.")).toEqual([null]);
  });
});

describe("incremental extraction", () => {
  it("yields the same proposals paragraph by paragraph and reports progress", async () => {
    const text = readSeeds().files.map((f) => f.text).join("\n\n");
    const progress: Array<[number, number]> = [];
    const chunks: Proposal[] = [];
    for await (const part of extractFiguresInChunks(text, { publishedOn: null, ...context }, (done, total) => progress.push([done, total]))) chunks.push(...part);
    expect(chunks).toEqual(extract(text));
    expect(progress.at(-1)![0]).toBe(progress.at(-1)![1]);
    expect(progress.length).toBeGreaterThan(10);
  });
});

describe("a long article", () => {
  // Its speed is measured by `npm run bench:extract`; here, only that a long text reads whole.
  it("reads a 5,000-word article in one pass, the same way twice", () => {
    const seeds = readSeeds().files.map((f) => f.text).join("\n\n");
    const article = Array.from({ length: 2 }, () => seeds).join("\n\n");
    expect(article.split(/\s+/).length).toBeGreaterThan(5_000);
    const options = { publishedOn: "2024-08-13", gazetteer: countriesGazetteer(), metrics: context.metrics };
    const first = extractFigures(article, options);
    expect(first.length).toBeGreaterThan(60);
    expect(extractFigures(article, options)).toEqual(first);
  });
});

table("hedges that are not hedges, and totals named before", [
  ["Iraqi partners lost 1,200 personnel, with an approximate 8,000 more wounded.", [["1,200", "exact", null, "1200", null, null], ["an approximate 8,000", "approximately", null, "8000", null, null]]],
  ["The task force carried over 97 open reports and handed over 40 prisoners; over 50 fled.", [["97", "exact", null, "97", null, null], ["40", "exact", null, "40", null, null], ["over 50", "more_than", "50", null, null, null]]],
  ["The team completed 20 reports. Out of the 20 completed reports, seven were credible.", [["20", "exact", null, "20", null, null], ["seven", "exact", null, "7", null, null]]],
]);

describe("what happened to each figure, and who said it", () => {
  const metrics = (t: string) => extract(t, "2024-04-05").map((p) => p.metric.name ?? `new: ${p.metric.proposedName}`);

  it("takes the verb right after a figure's own words over the verb of the figure before", () => {
    expect(metrics("Partnered missions resulted in 18 ISIS operatives killed and 63 detained.")).toEqual(["ISIS members killed", "ISIS members and suspects captured"]);
    expect(metrics("The SDF lost approximately 1100 troops killed and 3900 more wounded.")).toEqual(["Soldiers and security personnel killed", "new: Troops wounded"]);
  });

  it("reads the noun after a footnote mark, and detainees as people held", () => {
    expect(metrics("The Coalition conducted 34,573* strikes.")).toEqual(["Air and drone strikes"]);
    expect(metrics("Efforts go on to repatriate more than 9,000 ISIS detainees in detention facilities.")).toEqual(["ISIS members in detention"]);
  });

  it("does not file a count of people with no event under people held", () => {
    expect(metrics("The campaign against ISIS ended by freeing 7.7 million people from its rule.")).toEqual(["new: People freed"]);
  });

  it("names the outlet once when it speaks for itself, and no number as a speaker", () => {
    const chain = (t: string) => extractFigures(t, { publishedOn: "2019-09-26", outlet: "Combined Joint Task Force – Operation Inherent Resolve (CJTF-OIR)", ...context }).map((p) => p.attributionChain);
    expect(chain("CJTF-OIR said at least 1,335 civilians were killed.")).toEqual([["Combined Joint Task Force – Operation Inherent Resolve (CJTF-OIR)"]]);
    expect(chain("Seventy-nine reports are still open.")).toEqual([["Combined Joint Task Force – Operation Inherent Resolve (CJTF-OIR)"]]);
  });
});

describe("a summary before its breakdown, and a period named before", () => {
  it("places a summary in what holds the places of its breakdown", () => {
    const out = extract("The command conducted 94 missions from January through March. In Iraq, 66 operations took place. In Syria, 28 operations took place.", "2024-04-05");
    expect(out.map((p) => [p.surface, p.place?.name, p.period.start, p.period.end])).toEqual([
      ["94", "Syria and Iraq", "2024-01-01", "2024-03-31"],
      ["66", "Iraq", "2024-01-01", "2024-03-31"],
      ["28", "Syria", "2024-01-01", "2024-03-31"],
    ]);
  });

  it("gives 'during this period' the period named before", () => {
    const out = extract("The Coalition conducted 34,573 strikes between August 2014 and the end of August 2019. During this period, at least 1,335 civilians were killed.", "2019-09-26");
    expect(out.map((p) => [p.period.start, p.period.end])).toEqual([["2014-08-01", "2019-08-31"], ["2014-08-01", "2019-08-31"]]);
  });
});

describe("news about the world, budgets and coordinated figures", () => {
  it("places 'worldwide' in the world, but not the scope of a superlative", () => {
    const out = extract("More than 70 million people were displaced worldwide. Venezuela is the second largest crisis in the world, where four million have fled.", "2019-06-20");
    expect(out.map((p) => p.place?.name ?? null)).toEqual(["World", "Venezuela"]);
  });

  it("reads a US fiscal year only in a text about the United States", () => {
    expect(extract("In Fiscal Year 2018, the U.S. provided 400 grants.", "2019-06-20")[0]!.period).toMatchObject({ start: "2017-10-01", end: "2018-09-30" });
    expect(extract("In Fiscal Year 2018, the ministry provided 400 grants.", "2019-06-20")[0]!.period).toMatchObject({ start: null, label: "In Fiscal Year 2018" });
  });

  it("shares an estimate with a coordinated figure that leaves out its noun, and no other hedge", () => {
    expect(values("The United States has about 5,200 troops in Iraq and 2,000 in Syria.").map((v) => v[1])).toEqual(["approximately", "approximately"]);
    expect(values("At least 700 people were killed and 2,800 wounded.").map((v) => v[1])).toEqual(["at_least", "exact"]);
    expect(values("About 5,200 troops and 40 aircraft remain.").map((v) => v[1])).toEqual(["approximately", "exact"]);
  });

  it("counts refugees as displaced, and a claim to land is no statement", () => {
    expect(extract("Turkey hosts five million refugees from Syria.", "2017-09-21")[0]!.metric.name).toBe("People displaced");
    const chain = extractFigures("Forces have liberated about 97 percent of the land that ISIS once claimed as its caliphate, Manning said.", { publishedOn: "2017-12-06", outlet: "DoD", ...context })[0]!.attributionChain;
    expect(chain).toEqual(["Manning", "DoD"]);
  });
});
