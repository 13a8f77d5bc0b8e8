import { describe, expect, it } from "vitest";
import { formatDuration, parseDuration } from "./duration.js";

describe("durations", () => {
  it.each([
    ["30m", 1800],
    ["1h", 3600],
    ["1h30m", 5400],
    ["2d", 172_800],
    ["45s", 45],
    ["90", null],
    ["1m1h", null],
    ["0m", null],
    ["", null],
    ["1 h", null],
  ])("%j is %j seconds", (text, seconds) => {
    expect(parseDuration(text)).toBe(seconds);
  });

  it("formats back to the shortest form", () => {
    expect(formatDuration(5400)).toBe("1h30m");
    expect(formatDuration(86_461)).toBe("1d1m1s");
  });
});
