import { describe, expect, it } from "vitest";
import { parseThemeChoice, themeAttribute, themeCookie } from "./theme-choice";

describe("theme choice", () => {
  it("reads only light and dark from the cookie; anything else follows the system", () => {
    expect(parseThemeChoice("dark")).toBe("dark");
    expect(parseThemeChoice("light")).toBe("light");
    expect(parseThemeChoice("Dark")).toBe("system");
    expect(parseThemeChoice("<script>")).toBe("system");
    expect(parseThemeChoice(undefined)).toBe("system");
  });

  it("sets the html attribute only for an explicit choice", () => {
    expect(themeAttribute("dark")).toBe("dark");
    expect(themeAttribute("system")).toBeUndefined();
  });

  it("remembers an explicit choice for a year and forgets the system one", () => {
    expect(themeCookie("dark")).toMatch(/^theme=dark; Path=\/; Max-Age=31536000; SameSite=Lax$/);
    expect(themeCookie("system")).toMatch(/^theme=; .*Max-Age=0/);
  });
});
