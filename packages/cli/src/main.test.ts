// The real entry point, as `npm run countersign` runs it: exit codes reach the shell.
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const repo = path.resolve(import.meta.dirname, "../../..");
const run = async (...args: string[]) => {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ["--conditions=source", "--import", "tsx", "packages/cli/src/main.ts", ...args], { cwd: repo });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
};

describe("countersign (process)", () => {
  it("exits 0 when the example policy tests pass, 1 when a fixture fails, 2 on bad usage", async () => {
    expect((await run("policy", "test", "policies")).code).toBe(0);
    const dir = await mkdtemp(path.join(tmpdir(), "countersign-main-"));
    await writeFile(
      path.join(dir, "wrong.test.yaml"),
      `policy: ${path.join(repo, "policies/example.yaml")}\ncases:\n  - name: reads are denied (wrong)\n    proposal: { action: db.query, resource: r, environment: prod }\n    expect: { outcome: deny }\n`,
    );
    const failing = await run("policy", "test", dir);
    expect(failing.code).toBe(1);
    expect(failing.stderr).toContain("FAIL  reads are denied (wrong)");
    expect((await run("policy", "frobnicate")).code).toBe(2);
    await rm(dir, { recursive: true });
  });
});
