// Reloading: a changed file puts the new policy in force; an invalid one is refused and the old
// policy stays; SIGHUP and reload() reload on demand.
import { mkdtemp, rm, writeFile, rename } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PolicyValidationError } from "./errors.js";
import { NOW, proposal } from "./testing/proposals.js";
import { watchPolicy, type PolicyWatcher } from "./watch.js";
import type { PolicySet } from "./policy-set.js";

const allow = "rules:\n  - id: everything\n    outcome: allow\n";
const deny = "rules:\n  - id: nothing\n    outcome: deny\n";
const broken = "rules:\n  - id: nothing\n    outcome: maybe\n";

async function waitFor<T>(probe: () => T | undefined, ms = 5_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe("watchPolicy", () => {
  let dir: string;
  let file: string;
  let watcher: PolicyWatcher | undefined;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "countersign-watch-"));
    file = path.join(dir, "policy.yaml");
    await writeFile(file, allow);
  });
  afterEach(async () => {
    watcher?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("puts a changed file in force, refuses an invalid one and keeps the old policy", async () => {
    const reloaded: PolicySet[] = [];
    const errors: unknown[] = [];
    watcher = await watchPolicy(file, { onReload: (p) => reloaded.push(p), onError: (e) => errors.push(e), debounceMs: 20, sighup: false });
    const first = watcher.current();
    expect(first.evaluate(proposal(), NOW).outcome).toBe("allow");

    await writeFile(file, deny);
    const second = await waitFor(() => reloaded[0]);
    expect(watcher.current()).toBe(second);
    expect(second.hash).not.toBe(first.hash);
    expect(watcher.current().evaluate(proposal(), NOW).outcome).toBe("deny");

    await writeFile(file, broken);
    const error = await waitFor(() => errors[0]);
    expect(error).toBeInstanceOf(PolicyValidationError);
    expect((error as PolicyValidationError).message).toContain("policy.yaml:3:14: [nothing] outcome must be one of");
    expect(watcher.current()).toBe(second);
    expect(watcher.current().evaluate(proposal(), NOW).outcome).toBe("deny");
  });

  it("follows an editor's atomic replace (write elsewhere, rename over)", async () => {
    const reloaded: PolicySet[] = [];
    watcher = await watchPolicy(file, { onReload: (p) => reloaded.push(p), debounceMs: 20, sighup: false });
    await writeFile(path.join(dir, ".policy.yaml.swp"), deny);
    await rename(path.join(dir, ".policy.yaml.swp"), file);
    await waitFor(() => reloaded[0]);
    expect(watcher.current().evaluate(proposal(), NOW).outcome).toBe("deny");
  });

  it("reloads a directory on demand and on SIGHUP; reload() says whether it worked", async () => {
    const reloaded: PolicySet[] = [];
    const errors: unknown[] = [];
    watcher = await watchPolicy(dir, { onReload: (p) => reloaded.push(p), onError: (e) => errors.push(e), debounceMs: 60_000 });
    await writeFile(path.join(dir, "a-first.yaml"), "rules:\n  - id: first\n    outcome: deny\n");
    expect(await watcher.reload()).toBe(true);
    expect(watcher.current().rules.map((r) => r.id)).toEqual(["first", "everything"]);

    await writeFile(path.join(dir, "a-first.yaml"), "rules:\n  - id: first\n    outcome: require_approval\n");
    process.emit("SIGHUP", "SIGHUP");
    const error = await waitFor(() => errors[0]);
    expect(String(error)).toContain("require_approval needs approvers");
    expect(await watcher.reload()).toBe(false);
    expect(watcher.current().evaluate(proposal(), NOW).outcome).toBe("deny");
    expect(reloaded).toHaveLength(1);
  });

  it("stops when the signal aborts and refuses to start on an invalid policy", async () => {
    const controller = new AbortController();
    const before = process.listenerCount("SIGHUP");
    watcher = await watchPolicy(file, { signal: controller.signal });
    expect(process.listenerCount("SIGHUP")).toBe(before + 1);
    controller.abort();
    expect(process.listenerCount("SIGHUP")).toBe(before);
    await writeFile(file, broken);
    await expect(watchPolicy(file)).rejects.toBeInstanceOf(PolicyValidationError);
  });
});
