import { describe, expect, it } from "vitest";
import { compileGlobs } from "./glob.js";

describe("compileGlobs", () => {
  it.each([
    [["db.export"], "db.export", true],
    [["db.export"], "db.exports", false],
    [["db.*"], "db.export", true],
    [["db.*"], "db", false],
    [["*.delete"], "s3.delete", true],
    [["postgres://*/clinical/*"], "postgres://prod/clinical/patients", true],
    [["postgres://*/clinical/*"], "postgres://prod/sales/orders", false],
    [["db.?uery"], "db.query", true],
    [["a\\*"], "a*", true],
    [["a\\*"], "ab", false],
    [["x", "y.*"], "y.z", true],
    [["*"], "anything at all", true],
    [["a.b"], "aXb", false], // dots are literal, not regex wildcards
    [["(x)"], "(x)", true],
    [["a*b*c"], "aXXbYYc", true],
    [["a*b*c"], "aXXbYYcd", false],
    [["*/clinical/*?"], "pg://x/clinical/t", true],
    [["db.\\?"], "db.?", true],
    [["db.\\?"], "db.x", false],
  ])("%j matches %j: %s", (patterns, value, expected) => {
    expect(compileGlobs(patterns)(value)).toBe(expected);
  });
});

describe("compileGlobs on hostile input", () => {
  it("stays fast where a backtracking RegExp would not", () => {
    const match = compileGlobs(["*a*a*a*a*a*a*b"]);
    const text = "a".repeat(20_000);
    const started = performance.now();
    expect(match(text)).toBe(false);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
