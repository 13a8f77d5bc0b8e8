// `countersign policy test policies/` is part of `npm test`: the example policy must keep passing
// its fixtures, and a fixture that expects something else must make the command fail.
import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "@countersign/cli";

const repo = path.resolve(import.meta.dirname, "..");

function captureIo(cwd: string) {
  const out: string[] = [];
  return {
    out,
    io: { cwd, stdout: (t: string) => void out.push(t), stderr: (t: string) => void out.push(t), readStdin: () => Promise.resolve("") },
  };
}

describe("example policies", () => {
  it("pass `countersign policy test policies`", async () => {
    const { out, io } = captureIo(repo);
    const code = await runCli(["policy", "test", "policies"], io);
    expect(out.join(""), out.join("")).toMatch(/PASS: (\d+) of \1 passed/);
    expect(code).toBe(0);
  });

  it("validate, including every file in the directory", async () => {
    const { out, io } = captureIo(repo);
    expect(await runCli(["policy", "validate", "policies/example.yaml", "policies"], io)).toBe(0);
    expect(out).toHaveLength(2);
  });

  it("make the command fail when a fixture expects a different decision", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "countersign-policies-"));
    await cp(path.join(repo, "policies"), dir, { recursive: true, filter: (src) => !src.endsWith(".test.ts") });
    await writeFile(
      path.join(dir, "tests", "wrong.test.yaml"),
      [
        "policy: ../example.yaml",
        "cases:",
        "  - name: PHI export is allowed (it is not)",
        "    proposal: { action: db.export, resource: 'postgres://prod/clinical/patients', environment: prod, params: { table: patients } }",
        "    expect: { outcome: allow }",
        "",
      ].join("\n"),
    );
    const { out, io } = captureIo(dir);
    expect(await runCli(["policy", "test", "."], io)).toBe(1);
    const text = out.join("");
    expect(text).toContain('FAIL  PHI export is allowed (it is not) (line 3)\n        - outcome: expected "allow", got "pending" (rule "phi-export")');
    expect(text).toMatch(/FAIL: \d+ of \d+ passed, 1 failed/);
    await rm(dir, { recursive: true });
  });
});
