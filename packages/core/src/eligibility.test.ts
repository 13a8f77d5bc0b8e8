import { describe, expect, it } from "vitest";
import { checkEligibility, countApprovals } from "./eligibility.js";
import { isCodedError } from "./errors.js";

const now = new Date("2026-01-01T12:00:00Z");
const base = {
  status: "pending",
  expiresAt: new Date("2026-01-01T13:00:00Z"),
  agentOwner: "owner@example.com",
  onBehalfOf: "human@example.com",
  approvers: { groups: { dba: ["dba1@example.com", "both@example.com"], sec: ["sec1@example.com", "both@example.com"] }, identities: ["cto@example.com"] },
  breakGlass: null,
};

function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (isCodedError(error)) return error.code;
    throw error;
  }
  return "allowed";
}

describe("checkEligibility", () => {
  it.each([
    ["a group member", base, "DBA1@example.com", "allowed"],
    ["a named identity", base, "cto@example.com", "allowed"],
    ["a stranger", base, "eve@example.com", "not_an_approver"],
    ["the agent's owner", base, "owner@example.com", "self_approval"],
    ["the human it acts for", base, "human@example.com", "self_approval"],
    ["anyone after a decision", { ...base, status: "approved" }, "dba1@example.com", "already_decided"],
    ["anyone after expiry", { ...base, status: "expired" }, "dba1@example.com", "expired"],
    ["anyone past the TTL before the sweeper ran", { ...base, expiresAt: new Date("2026-01-01T11:59:59Z") }, "dba1@example.com", "expired"],
  ] as const)("%s → %s", (_name, ctx, voter, expected) => {
    expect(refusal(() => checkEligibility(ctx, voter, now, undefined))).toBe(expected);
  });

  it("returns every approver group of the voter", () => {
    expect(checkEligibility(base, "both@example.com", now, undefined)).toEqual({ groups: ["dba", "sec"], breakGlass: false });
  });

  it("lets a break-glass member approve their own request only with a reason", () => {
    const ctx = { ...base, onBehalfOf: "oncall@example.com", breakGlass: { group: "oncall", members: ["oncall@example.com"] } };
    expect(refusal(() => checkEligibility(ctx, "oncall@example.com", now, "  "))).toBe("reason_required");
    expect(checkEligibility(ctx, "oncall@example.com", now, "prod is down")).toMatchObject({ breakGlass: true });
  });
});

describe("countApprovals", () => {
  const votes = [
    { decision: "approve", groupName: "dba" },
    { decision: "approve", groupName: "dba" },
    { decision: "approve", groupName: null },
    { decision: "deny", groupName: "sec" },
  ];
  it("counts every approval without distinct groups", () => expect(countApprovals(votes, false)).toBe(3));
  it("counts covered groups with distinct groups", () => expect(countApprovals(votes, true)).toBe(1));
});
