import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const cli = fileURLToPath(new URL("./phi-detect.ts", import.meta.url));
const repoRoot = path.resolve(path.dirname(cli), "../../../..");

describe("phi-detect CLI", () => {
  it("writes one spans line per input line, in order, with JS string offsets", () => {
    const input = [{ text: "SSN 123-45-6789" }, { text: "nothing here" }, { text: "é Dr. Amara Okonkwo" }].map((r) => JSON.stringify(r)).join("\n") + "\n";
    const run = spawnSync(process.execPath, ["--import", "tsx", cli], { cwd: repoRoot, input, encoding: "utf8" });
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split("\n").map((l) => JSON.parse(l) as { spans: { start: number; end: number; type: string }[] });
    expect(lines).toEqual([
      { spans: [{ start: 4, end: 15, type: "US_SSN" }] },
      { spans: [] },
      { spans: [{ start: 2, end: 19, type: "PERSON" }] },
    ]);
  });
});
