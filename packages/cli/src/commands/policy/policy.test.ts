// `countersign policy …` run in-process against temporary policies and the repository's examples.
import { mkdtemp, rm, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../cli.js";
import { memoryIo } from "../../testing/memory-io.js";

const repo = path.resolve(import.meta.dirname, "../../../../..");
const POLICY = `groups:
  dba: [dana@example.com]
rules:
  - id: no-deletes
    match: { action: db.delete }
    outcome: deny
  - id: exports
    match: { action: db.export }
    outcome: require_approval
    approvers: { groups: [dba] }
    escalate: false
`;

describe("countersign policy", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "countersign-cli-"));
    await writeFile(path.join(dir, "policy.yaml"), POLICY);
    await writeFile(path.join(dir, "broken.yaml"), "rules:\n  - id: r1\n    outcome: allow\n    colour: blue\n");
    await writeFile(path.join(dir, "proposal.json"), JSON.stringify({ action: "db.export", resource: "postgres://prod/x", environment: "prod" }));
    await mkdir(path.join(dir, "tests"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("validate: prints a summary for a valid policy", async () => {
    const io = memoryIo(dir);
    expect(await runCli(["policy", "validate", "policy.yaml"], io)).toBe(0);
    expect(io.out.join("")).toMatch(/^ok policy\.yaml: 2 rules in 1 file\(s\), hash [0-9a-f]{12}\n$/);
  });

  it("validate: prints file:line:column errors on stderr and exits 1", async () => {
    const io = memoryIo(dir);
    expect(await runCli(["policy", "validate", "broken.yaml", "policy.yaml"], io)).toBe(1);
    expect(io.err.join("")).toContain("broken.yaml:4:5: [r1] unknown key 'colour' in a rule");
    expect(io.out.join("")).toContain("ok policy.yaml");
  });

  it("validate: explains a missing file and a missing argument", async () => {
    const io = memoryIo(dir);
    expect(await runCli(["policy", "validate", "nope.yaml"], io)).toBe(1);
    expect(io.err[0]).toBe("cannot read policy nope.yaml: ENOENT\n");
    expect(await runCli(["policy", "validate"], io)).toBe(2);
  });

  it("test: passes the repository's example fixtures", async () => {
    const io = memoryIo(repo);
    expect(await runCli(["policy", "test", "policies"], io)).toBe(0);
    expect(io.out.join("")).toMatch(/PASS: (\d+) of \1 passed/);
  });

  it("test: fails, and says why, when a fixture expects something else", async () => {
    await writeFile(
      path.join(dir, "tests", "policy.test.yaml"),
      `policy: ../policy.yaml
cases:
  - name: deletes are denied
    proposal: { action: db.delete, resource: r, environment: prod }
    expect: { outcome: deny, rule: no-deletes }
  - name: exports are allowed (wrong)
    proposal: { action: db.export, resource: r, environment: prod }
    expect: { outcome: allow, rule: exports }
  - name: typo in rule id
    proposal: { action: db.export, resource: r, environment: prod }
    expect: { outcome: pending, rule: exprots }
`,
    );
    const io = memoryIo(dir);
    expect(await runCli(["policy", "test", "tests"], io)).toBe(1);
    const text = io.err.join("");
    expect(text).toContain("ok    deletes are denied");
    expect(text).toContain('FAIL  exports are allowed (wrong) (line 6)\n        - outcome: expected "allow", got "pending" (rule "exports")');
    expect(text).toContain('- rule: the policy has no rule "exprots"');
    expect(text).toContain("FAIL: 1 of 3 passed, 2 failed");
  });

  it("test: reports a broken fixture file with its position, and no tests at all", async () => {
    const empty = await mkdtemp(path.join(tmpdir(), "countersign-none-"));
    await writeFile(path.join(empty, "x.test.yaml"), "policy: ../nowhere.yaml\ncases:\n  - name: a\n    proposal: {}\n    expect: { outcom: allow }\n");
    const io = memoryIo(empty);
    expect(await runCli(["policy", "test", "."], io)).toBe(1);
    expect(io.err.join("")).toContain("x.test.yaml:5:15: unknown key 'outcom' in expect (did you mean 'outcome'?)");
    await rm(path.join(empty, "x.test.yaml"));
    expect(await runCli(["policy", "test", "."], io)).toBe(1);
    expect(io.err.at(-1)).toBe("no policy tests (*.test.yaml) under .\n");
    await rm(empty, { recursive: true });
  });

  it("explain: prints the decision and the trace", async () => {
    const io = memoryIo(dir);
    expect(await runCli(["policy", "explain", "policy.yaml", "proposal.json", "--now", "2025-06-02T10:00:00Z"], io)).toBe(0);
    const text = io.out.join("");
    expect(text).toMatch(/^outcome {5}pending\nrule {8}exports \(policy\.yaml:7\)\n/);
    expect(text).toContain("approvers   dba (dana@example.com)");
    expect(text).toContain("    -    no-deletes  action does not match 'db.delete'");
    expect(text).toContain("  MATCH  exports     action 'db.export' matches 'db.export'");
  });

  it("explain: reads the proposal from stdin and rejects a bad one", async () => {
    const io = memoryIo(dir, JSON.stringify({ action: "db.delete", resource: "r", environment: "prod" }));
    expect(await runCli(["policy", "explain", "policy.yaml", "-"], io)).toBe(0);
    expect(io.out.join("")).toMatch(/^outcome {5}deny\n/);
    const bad = memoryIo(dir, JSON.stringify({ action: "db.delete" }));
    expect(await runCli(["policy", "explain", "policy.yaml", "-"], bad)).toBe(1);
    expect(bad.err.join("")).toContain("- is not a valid proposal:\n  proposal.resource must be a non-empty string");
    expect(await runCli(["policy", "explain", "policy.yaml"], bad)).toBe(2);
    expect(await runCli(["policy", "explain", "policy.yaml", "-", "--now", "yesterday"], bad)).toBe(2);
  });

  it("simulate: prints the API's JSON", async () => {
    const io = memoryIo(dir);
    expect(await runCli(["policy", "simulate", "policy.yaml", "proposal.json", "--now", "2025-06-02T10:00:00Z"], io)).toBe(0);
    const result = JSON.parse(io.out.join("")) as { decision: { outcome: string; ruleId: string }; rule: { id: string }; trace: unknown[]; evaluatedAt: string };
    expect(result).toMatchObject({ decision: { outcome: "pending", ruleId: "exports" }, rule: { id: "exports" }, evaluatedAt: "2025-06-02T10:00:00.000Z" });
    expect(result.trace).toHaveLength(2);
  });
});
