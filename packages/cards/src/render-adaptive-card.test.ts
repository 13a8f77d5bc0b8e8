import { describe, it, expect } from "vitest";
import { renderAdaptiveCard, ADAPTIVE_VERBS } from "./render-adaptive-card.js";
import { NOW, pendingView } from "./testing/fixtures.js";

describe("renderAdaptiveCard", () => {
  it("is an Adaptive Card 1.5 with Action.Execute approve and deny carrying the proposal id", () => {
    const card = renderAdaptiveCard(pendingView(), NOW);
    expect(card).toMatchObject({ type: "AdaptiveCard", version: "1.5" });
    expect(card.actions).toEqual([
      expect.objectContaining({ type: "Action.Execute", verb: ADAPTIVE_VERBS.approve, data: { proposalId: "prop_01" } }),
      expect.objectContaining({ type: "Action.Execute", verb: ADAPTIVE_VERBS.deny, data: { proposalId: "prop_01" } }),
    ]);
    const text = JSON.stringify(card.body);
    for (const expected of ["db.export", "phi\\\\-export\\\\-needs\\\\-two", "0 of 2 approvals", "expires in 45 min", "patients"]) {
      expect(text).toContain(expected);
    }
    expect(card.refresh).toBeUndefined();
  });

  it("adds refresh for at most 60 users", () => {
    const ids = Array.from({ length: 80 }, (_, i) => `29:user${i}`);
    const card = renderAdaptiveCard(pendingView(), NOW, { refreshUserIds: ids });
    expect(card.refresh?.userIds).toHaveLength(60);
    expect(card.refresh?.action).toMatchObject({ type: "Action.Execute", verb: "refresh", data: { proposalId: "prop_01" } });
  });

  it("shows the status and no buttons once decided, or for read-only viewers", () => {
    const denied = renderAdaptiveCard(pendingView({ status: "denied", decidedBy: "bob@example.com", decisionReason: "no" }), NOW);
    expect(denied.actions).toEqual([]);
    expect(JSON.stringify(denied.body)).toContain("❌ Denied by bob@example.com: no");
    expect(renderAdaptiveCard(pendingView(), NOW, { readOnly: true }).actions).toEqual([]);
  });

  it("says where a pending request was escalated", () => {
    expect(JSON.stringify(renderAdaptiveCard(pendingView({ escalatedTo: ["security-leads"] }), NOW).body)).toContain("escalated to security\\\\-leads");
    expect(JSON.stringify(renderAdaptiveCard(pendingView(), NOW).body)).not.toContain("escalated");
  });

  it("escapes markdown in user text", () => {
    const card = renderAdaptiveCard(pendingView({ reason: "[click](https://evil.example)" }), NOW);
    expect(JSON.stringify(card.body)).not.toContain("[click](https://evil.example)");
  });
});
