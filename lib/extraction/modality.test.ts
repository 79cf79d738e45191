import { describe, expect, it } from "vitest";
import { findModality } from "./modality";

const modality = (text: string, surface: string) => {
  const start = text.indexOf(surface);
  return findModality(text, { start: 0, end: text.length }, { start, end: start + surface.length });
};

describe("findModality", () => {
  it.each([
    ["Gunmen killed 23 civilians on Tuesday.", "23", "observed"],
    ["The Pentagon plans to reduce that number to fewer than 500 service members.", "500", "planned"],
    ["A five-nation force aims to deploy 5,000 troops by the end of the year.", "5,000", "planned"],
    ["The state government has promised to rebuild 10,000 homes in the coming weeks.", "10,000", "planned"],
    ["Under the plan, the number will fall to fewer than 1,000 in the first phase.", "1,000", "planned"],
    ["The resolution calls for reducing the troop level to fewer than 4,000.", "4,000", "planned"],
    ["About 500 forces are expected to remain in Erbil.", "500", "projected"],
    ["Aid agencies expect the number of people facing famine to rise to 1.7 million by March.", "1.7 million", "projected"],
    ["Shipping companies expect it to stay at about 40% of its earlier level.", "40%", "projected"],
  ])("%s", (text, surface, expected) => {
    expect(modality(text, surface)).toBe(expected);
  });

  it("reads only the figure's clause", () => {
    expect(modality("The army killed 40 fighters, and it will send 300 more troops.", "40")).toBe("observed");
    expect(modality("The army killed 40 fighters, and it will send 300 more troops.", "300")).toBe("planned");
  });
});
