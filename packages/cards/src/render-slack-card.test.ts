import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { renderSlackCard } from "./render-slack-card.js";
import { SLACK_ACTION_IDS, SLACK_LIMITS, type SlackBlock } from "./slack-blocks.js";
import { NOW, pendingView } from "./testing/fixtures.js";

const allText = (blocks: SlackBlock[]): string => JSON.stringify(blocks);

function expectWithinLimits(card: ReturnType<typeof renderSlackCard>): void {
  expect(card.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
  expect(card.text.length).toBeLessThanOrEqual(SLACK_LIMITS.fallbackText);
  for (const block of card.blocks) {
    if (block.type === "header") expect(block.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.header);
    if (block.type === "section") {
      if (block.text) expect(block.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
      expect((block.fields ?? []).length).toBeLessThanOrEqual(SLACK_LIMITS.fields);
      for (const f of block.fields ?? []) expect(f.text.length).toBeLessThanOrEqual(SLACK_LIMITS.field);
    }
    if (block.type === "context") {
      expect(block.elements.length).toBeLessThanOrEqual(SLACK_LIMITS.contextElements);
      for (const e of block.elements) expect(e.text.length).toBeLessThanOrEqual(SLACK_LIMITS.field);
    }
  }
}

describe("renderSlackCard", () => {
  it("shows action, risk, requester, resource, rule, reason, params, quorum and expiry with buttons", () => {
    const card = renderSlackCard(pendingView(), NOW);
    const text = allText(card.blocks);
    for (const expected of ["db.export", "high", "etl-bot", "dana@example.com", "postgres://prod/patients", "production", "phi-export-needs-two", "Exports of PHI tables need two approvers", "`table`: patients", "[PERSON]", "0 of 2 approvals", "expires in 45 min"]) {
      expect(text).toContain(expected);
    }
    const actions = card.blocks.find((b) => b.type === "actions");
    expect(actions).toMatchObject({
      elements: [
        { action_id: SLACK_ACTION_IDS.approve, style: "primary", value: "prop_01" },
        { action_id: SLACK_ACTION_IDS.deny, style: "danger", value: "prop_01" },
      ],
    });
    expect(card.text).toContain("Approval needed: etl-bot wants db.export");
    expectWithinLimits(card);
  });

  it("says where a pending request was escalated, and stops saying it once decided", () => {
    const escalated = pendingView({ escalatedTo: ["security", "security-leads"] });
    expect(allText(renderSlackCard(escalated, NOW).blocks)).toContain("⏫ escalated to security, security-leads");
    expect(allText(renderSlackCard(pendingView(), NOW).blocks)).not.toContain("escalated");
    expect(allText(renderSlackCard({ ...escalated, status: "approved", decidedAt: NOW }, NOW).blocks)).not.toContain("escalated");
  });

  it("shows quorum progress with who approved", () => {
    const view = pendingView({ quorum: { needed: 2, approvals: 1 }, votes: [{ approver: "ann@example.com", decision: "approve", reason: null, at: NOW }] });
    expect(allText(renderSlackCard(view, NOW).blocks)).toContain("1 of 2 approvals — approved by ann@example.com");
  });

  it.each([
    [{ status: "approved", decidedAt: NOW, votes: [{ approver: "ann@example.com", decision: "approve", reason: null, at: NOW }] }, "✅ Approved by ann@example.com at 2026-05-01 12:00 UTC"],
    [{ status: "denied", decidedAt: NOW, decidedBy: "bob@example.com", decisionReason: "too broad" }, "❌ Denied by bob@example.com at 2026-05-01 12:00 UTC: too broad"],
    [{ status: "expired", decidedAt: NOW }, "⌛ Expired"],
    [{ status: "cancelled" }, "🚫 Cancelled"],
    [{ status: "executed", decidedBy: "ann@example.com", executedAt: NOW }, "executed at 2026-05-01 12:00 UTC"],
  ] as const)("replaces the buttons with a status line once %o", (overrides, expected) => {
    const card = renderSlackCard(pendingView({ ...overrides, votes: "votes" in overrides ? [...overrides.votes] : [] }), NOW);
    expect(card.blocks.some((b) => b.type === "actions")).toBe(false);
    expect(allText(card.blocks)).toContain(expected);
    expect(allText(card.blocks)).not.toContain("expires in");
  });

  it("escapes Slack control characters in user-provided text", () => {
    const evil = "<!channel> <https://evil.example|click> & co";
    const card = renderSlackCard(
      pendingView({ action: evil, resource: evil, reason: evil, onBehalfOf: evil, agent: { id: "a", name: evil }, environment: evil, params: { [evil]: evil }, status: "denied", decisionReason: evil }),
      NOW,
    );
    // Header text is plain_text, which Slack never parses; every mrkdwn text must be escaped.
    const text = allText(card.blocks.filter((b) => b.type !== "header")) + card.text;
    expect(text).not.toMatch(/<!channel>|<https:/);
    expect(text).toContain("&lt;!channel&gt; &lt;https://evil.example|click&gt; &amp; co");
  });

  it("stays within Slack's limits for huge payloads", () => {
    const huge = "x".repeat(1_000_000);
    const manyKeys = Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`key${i}`, `&<>${"v".repeat(500)}`]));
    let deep: unknown = "bottom";
    for (let i = 0; i < 500; i += 1) deep = { [`level${i}`]: deep, sibling: huge };
    for (const params of [manyKeys, deep, { blob: huge }, Array.from({ length: 5000 }, () => huge.slice(0, 10_000))]) {
      const card = renderSlackCard(pendingView({ params, action: huge, resource: huge, reason: "&".repeat(10_000), agent: { id: "a", name: huge }, onBehalfOf: huge, ruleId: huge }), NOW);
      expectWithinLimits(card);
    }
    const many = renderSlackCard(pendingView({ params: manyKeys }), NOW);
    expect(allText(many.blocks)).toMatch(/… and \d+ more/);
  });

  it("stays within limits for arbitrary JSON params and text (property)", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string({ maxLength: 5000 }), (params, text) => {
        expectWithinLimits(renderSlackCard(pendingView({ params, action: text, reason: text, resource: text }), NOW));
      }),
      { numRuns: 200 },
    );
  });
});
