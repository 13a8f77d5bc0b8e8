import { beforeEach, describe, it, expect } from "vitest";
import type { TestDatabase } from "@countersign/db/testing";
import { PEOPLE, type Harness } from "../testing/harness.js";
import { useHarness } from "../testing/use-harness.js";
import { pendingDecision } from "../testing/core-stubs.js";
import { syncCards } from "./sync-cards.js";

const PHI = { patient_name: "Jane Quincy Realperson", ssn: "123-45-6789", mrn: "MRN-99887766" };

describe("slack.sync: posting and updating cards", () => {
  let database: TestDatabase;
  let h: Harness;

  useHarness((started) => ({ h, database } = started));
  beforeEach(() => {
    h.decision = pendingDecision();
  });

  it("posts a card with rule, reason and masked params to the channel and to each approver's DM", async () => {
    h.decision = pendingDecision({ channels: [{ kind: "slack", channel: "C0APPROVALS" }, { kind: "slack_dm" }] });
    const proposal = await h.propose({ params: { table: "patients", filter: PHI } });
    await h.fake.waitFor(() => h.fake.callsTo("chat.postMessage").length === 3);

    const posts = h.fake.callsTo("chat.postMessage");
    expect(posts.map((c) => c.args.channel).sort()).toEqual(["C0APPROVALS", `D${PEOPLE.alice.id}`, `D${PEOPLE.bob.id}`]);
    const card = JSON.stringify(posts[0]?.args.blocks);
    expect(card).toContain("phi-export-needs-approval");
    expect(card).toContain("Exports of PHI tables need a human approver");
    expect(card).toContain("[PERSON]");
    expect(card).toContain("countersign_approve");

    // Every copy is remembered, so any instance can update it later.
    const copies = await h.copies(proposal.id, 3);
    expect(await database.prisma.chatMessage.count({ where: { proposalId: proposal.id } })).toBe(3);
    expect(copies.every((c) => c.platform === "slack" && /^1714000000\.\d+$/.test(c.messageId))).toBe(true);

    // No PHI value from the proposal reaches Slack, in any call.
    const everything = JSON.stringify(h.fake.calls);
    for (const value of Object.values(PHI)) expect(everything).not.toContain(value);
  });

  it("does not post again when the same job runs twice", async () => {
    const proposal = await h.propose();
    await h.copies(proposal.id, 1);
    const outbox = await database.prisma.outboxMessage.findFirstOrThrow({ where: { proposalId: proposal.id } });
    const task = h.slack.tasks["slack.sync"];
    const helpers = { addJob: () => Promise.reject(new Error("unexpected")), job: {} } as never;
    await task?.({ outboxId: outbox.id.toString() }, helpers);
    expect(h.fake.callsTo("chat.postMessage")).toHaveLength(1);
    // The second run converges the existing copy instead.
    expect(h.fake.callsTo("chat.update")).toHaveLength(1);
  });

  it("concurrent syncs of one proposal (as from two instances) post each copy once", async () => {
    h.decision = pendingDecision({ channels: [{ kind: "slack", channel: "C0APPROVALS" }, { kind: "slack_dm" }] });
    const proposal = await h.propose();
    // The runner's own job races these five.
    const runs = await Promise.allSettled(Array.from({ length: 5 }, () => syncCards(h.slack.context, proposal.id, { postMissing: true })));
    expect(runs.some((r) => r.status === "fulfilled")).toBe(true);
    await h.copies(proposal.id, 3);
    await new Promise((r) => setTimeout(r, 200));
    const posts = h.fake.callsTo("chat.postMessage").map((c) => String(c.args.channel)).sort();
    expect(posts).toEqual(["C0APPROVALS", `D${PEOPLE.alice.id}`, `D${PEOPLE.bob.id}`]);
  });
});
