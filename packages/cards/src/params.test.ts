import { describe, it, expect } from "vitest";
import { boundedJson, flattenParams } from "./params.js";
import { expiryText, formatDuration } from "./time.js";
import { escapeWithin, truncate } from "./text.js";
import { toApprovalView } from "./to-approval-view.js";
import { NOW } from "./testing/fixtures.js";

describe("flattenParams", () => {
  it("flattens nested objects and arrays to dot paths", () => {
    expect(flattenParams({ a: 1, b: { c: [true, null] }, e: {} })).toEqual({
      lines: [
        { path: "a", value: "1" },
        { path: "b.c.0", value: "true" },
        { path: "b.c.1", value: "null" },
        { path: "e", value: "{}" },
      ],
      hidden: 0,
    });
  });

  it("collapses long values and caps the line count", () => {
    const { lines, hidden } = flattenParams(Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`k${i}`, "y".repeat(1000)])));
    expect(lines).toHaveLength(12);
    expect(hidden).toBe(18);
    expect(lines[0]?.value).toMatch(/^y+… \(1000 chars\)$/);
    expect(lines[0]?.value.length).toBeLessThan(200);
  });
});

describe("boundedJson", () => {
  it("matches JSON.stringify for small values and stops early for huge ones", () => {
    const small = { a: [1, "x", null, true], b: { c: "d" } };
    expect(boundedJson(small, 1000)).toBe(JSON.stringify(small));
    let deep: unknown = "end";
    for (let i = 0; i < 1000; i++) deep = { next: deep, blob: "z".repeat(1_000_000) };
    expect(boundedJson(deep, 400).length).toBeLessThan(2000);
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    expect(boundedJson(cyclic, 100)).toBe('{"a":1,"self":"[cycle]"}');
  });
});

describe("text and time helpers", () => {
  it.each([
    [30_000, "less than a minute"],
    [45 * 60_000, "45 min"],
    [125 * 60_000, "2 h 5 min"],
    [26 * 3_600_000, "1 d 2 h"],
  ])("formatDuration(%i) = %s", (ms, text) => expect(formatDuration(ms)).toBe(text));

  it("says expired once the deadline passed", () => {
    expect(expiryText(new Date(NOW.getTime() - 1), NOW)).toBe("expired");
    expect(expiryText(null, NOW)).toBeNull();
  });

  it("never splits an escape or a surrogate pair", () => {
    expect(escapeWithin("&&&&", 7)).toBe("&amp;…");
    expect(truncate("ab😀cd", 4)).toBe("ab…");
  });
});

describe("toApprovalView", () => {
  it("maps a proposal row and its votes, reading risk from context", () => {
    const view = toApprovalView({
      proposal: {
        id: "p1", agentId: "a1", status: "pending", action: "x", resource: "r", environment: "prod", onBehalfOf: null, ruleId: null, reason: "why",
        params: { k: "[SSN]" }, context: { risk: "HIGH" }, approvalsNeeded: 1, approvalsCount: 0, createdAt: NOW, expiresAt: null,
        decidedAt: null, decidedBy: null, decisionReason: null, executedAt: null,
      },
      votes: [{ approver: "b@x", decision: "deny", reason: "no", createdAt: NOW }],
      agentName: "bot",
    });
    expect(view).toMatchObject({ proposalId: "p1", risk: "high", agent: { id: "a1", name: "bot" }, params: { k: "[SSN]" }, votes: [{ approver: "b@x", decision: "deny" }] });
  });

  it("carries the groups escalation added, none for a row without the column", () => {
    const row = {
      id: "p1", agentId: "a1", status: "pending", action: "x", resource: "r", environment: "prod", onBehalfOf: null, ruleId: null, reason: "why",
      params: {}, approvalsNeeded: 1, approvalsCount: 0, createdAt: NOW, expiresAt: null, decidedAt: null, decidedBy: null, decisionReason: null, executedAt: null,
    };
    expect(toApprovalView({ proposal: { ...row, escalatedTo: ["security"] }, votes: [] }).escalatedTo).toEqual(["security"]);
    expect(toApprovalView({ proposal: row, votes: [] }).escalatedTo).toEqual([]);
  });
});
