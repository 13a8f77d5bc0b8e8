import { describe, expect, it } from "vitest";
import { detect } from "./detect.js";

// Regexes are bounded and overlaps are resolved in O(n log n): adversarial input stays linear.
describe("detect on adversarial input", () => {
  it.each([
    ["digits", "1".repeat(50_000)],
    ["spaced digits", "1 ".repeat(25_000)],
    ["letters", "a".repeat(50_000)],
    ["at signs", "a@".repeat(25_000)],
    ["colons", "ab12:".repeat(10_000)],
    ["unterminated quote", "SELECT * FROM t WHERE a = '" + "x".repeat(50_000)],
    ["unterminated key", "-----BEGIN PRIVATE KEY-----" + "A".repeat(50_000)],
    ["dense overlapping detections", "Dr. Ab 12 Cd St. Apt 4, ".repeat(4_000)],
    ["repeated addresses", "12 Main St\n".repeat(8_000)],
  ])("%s", (_name, text) => {
    const started = performance.now();
    detect(text);
    expect(performance.now() - started).toBeLessThan(3_000);
  });
});
