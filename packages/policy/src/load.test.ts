import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PolicyValidationError } from "./errors.js";
import { loadPolicy } from "./load.js";
import { parsePolicy } from "./policy-set.js";

describe("loadPolicy", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "countersign-load-"));
    await writeFile(path.join(dir, "20-rules.yml"), "rules:\n  - id: later\n    outcome: deny\n");
    await writeFile(path.join(dir, "10-rules.yaml"), "rules:\n  - id: earlier\n    outcome: allow\n");
    await writeFile(path.join(dir, "10-rules.test.yaml"), "this is a fixture, not a policy: [\n");
    await writeFile(path.join(dir, "notes.md"), "# not yaml\n");
    await mkdir(path.join(dir, "nested"));
    await writeFile(path.join(dir, "nested", "00.yaml"), "rules: 3\n");
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("loads a directory's *.yaml and *.yml files in name order, skipping fixtures and subdirectories", async () => {
    const set = await loadPolicy(dir);
    expect(set.rules.map((r) => r.id)).toEqual(["earlier", "later"]);
    expect(set.files.map((f) => path.basename(f))).toEqual(["10-rules.yaml", "20-rules.yml"]);
  });

  it("gives the same hash as the same files parsed from memory", async () => {
    const set = await loadPolicy(dir);
    const memory = parsePolicy([
      { file: "20-rules.yml", text: "rules:\n  - id: later\n    outcome: deny\n" },
      { file: "10-rules.yaml", text: "rules:\n  - id: earlier\n    outcome: allow\n" },
    ]);
    expect(set.hash).toBe(memory.hash);
  });

  it("loads a single file, and reports errors with its path", async () => {
    await expect(loadPolicy(path.join(dir, "nested", "00.yaml"))).rejects.toThrow(
      new PolicyValidationError([{ file: path.join(dir, "nested", "00.yaml"), line: 1, column: 8, message: "rules must be a list, got number 3" }]),
    );
  });

  it("says clearly when there is nothing to load", async () => {
    await expect(loadPolicy(path.join(dir, "missing.yaml"))).rejects.toThrow(/cannot read policy .*missing\.yaml: ENOENT/);
    const empty = await mkdtemp(path.join(tmpdir(), "countersign-empty-"));
    await expect(loadPolicy(empty)).rejects.toThrow(/no policy files/);
    await rm(empty, { recursive: true });
  });

  it("loads the repository's example policy", async () => {
    const set = await loadPolicy(path.resolve(import.meta.dirname, "../../../policies/example.yaml"));
    expect(set.rules.length).toBeGreaterThan(5);
  });
});
