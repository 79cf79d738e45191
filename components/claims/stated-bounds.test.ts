import { describe, expect, it } from "vitest";
import { statedBoundsText } from "./stated-bounds";

const v = (low: string | null, best: string | null, high: string | null, vagueTerm: string | null = null) => ({ low, best, high, vagueTerm });

describe("statedBoundsText", () => {
  it("writes an exact figure once, not as three equal bounds", () => {
    expect(statedBoundsText(v("3", "3", "3"))).toBe("3");
  });

  it("says plainly which bounds are missing instead of printing dashes", () => {
    expect(statedBoundsText(v(null, "2500", null))).toBe("2,500, no bounds stated");
    expect(statedBoundsText(v("12", null, null))).toBe("at least 12, no upper bound");
    expect(statedBoundsText(v(null, null, "1000"))).toBe("at most 1,000, no lower bound");
    expect(statedBoundsText(v(null, null, null))).toBe("no number stated");
  });

  it("writes a range with its best estimate and the vague words it came from", () => {
    expect(statedBoundsText(v("2000", null, "9999", "thousands"))).toBe("2,000–9,999 (read from “thousands”)");
    expect(statedBoundsText(v("2250", "2500", "2750"))).toBe("2,250–2,750, best estimate 2,500");
  });
});
