import { describe, expect, it } from "vitest";
import { inTurn } from "./in-turn";

describe("inTurn", () => {
  it("starts each query only when the one before has answered, and returns the answers in order", async () => {
    const log: string[] = [];
    const step = (name: string, value: number) => async () => {
      log.push(`start ${name}`);
      await new Promise((r) => setTimeout(r, 5));
      log.push(`end ${name}`);
      return value;
    };
    const [a, b] = await inTurn(step("a", 1), step("b", 2));
    expect([a, b]).toEqual([1, 2]);
    expect(log).toEqual(["start a", "end a", "start b", "end b"]);
  });
});
