import { describe, expect, it } from "vitest";
import type { TestDatabase } from "@countersign/db/testing";
import { decide } from "@countersign/core";
import type { BreakGlass } from "@countersign/policy";
import { PEOPLE, type Harness } from "../testing/harness.js";
import { useHarness } from "../testing/use-harness.js";
import { pendingDecision } from "../testing/core-stubs.js";

const PHI = { patient_name: "Jane Quincy Realperson", ssn: "123-45-6789" };
// dana asks through the agent and is on call, so she may approve her own request with a reason.
const GLASS: BreakGlass = { group: "oncall", members: [PEOPLE.dana.email], announce: { kind: "slack", channel: "C0INCIDENTS" } };

describe("slack.sync: break-glass announcement", () => {
  let database: TestDatabase;
  let h: Harness;
  const textOf = (c: { args: Record<string, unknown> }) => (typeof c.args.text === "string" ? c.args.text : "");

  useHarness((started) => ({ h, database } = started));

  it("announces who approved what on which resource, with the masked reason, in the announce channel", async () => {
    h.decision = pendingDecision({ breakGlass: GLASS });
    const proposal = await h.propose({ params: { table: "patients", filter: PHI } });
    await h.copies(proposal.id, 1);
    h.fake.reset();

    const reason = `prod is down: ${PHI.patient_name} (SSN ${PHI.ssn}) cannot be admitted`;
    const { proposal: decided } = await decide(h.slack.context.core, { proposalId: proposal.id, voter: PEOPLE.dana.email, channel: "api", decision: "approve", reason });
    expect(decided.status).toBe("approved");

    await h.fake.waitFor(() => h.fake.callsTo("chat.postMessage").some((c) => c.args.channel === "C0INCIDENTS") && h.fake.callsTo("chat.update").length === 1);
    const announcements = h.fake.callsTo("chat.postMessage").filter((c) => c.args.channel === "C0INCIDENTS");
    expect(announcements).toHaveLength(1);
    const text = textOf(announcements[0]!);
    expect(text).toContain(`*Break-glass*: <@${PEOPLE.dana.id}> (dana@example.com) approved their own request as a member of oncall`);
    expect(text).toContain("db.export on postgres://prod/patients (production), requested by agent etl-bot");
    expect(text).toContain("*Reason:* prod is down:");
    expect(text).toContain(`Request ${proposal.id} · rule phi-export-needs-approval`);
    expect(announcements[0]!.args.thread_ts).toBeUndefined();

    const everything = JSON.stringify(h.fake.calls);
    for (const value of Object.values(PHI)) expect(everything).not.toContain(value);
    const approved = await database.prisma.auditEvent.findFirstOrThrow({ where: { proposalId: proposal.id, type: "proposal.approved" } });
    expect(approved.data).toMatchObject({ breakGlass: true, announcedTo: { kind: "slack", channel: "C0INCIDENTS" } });
  });

  it("an ordinary approval of the same kind of request is not announced", async () => {
    h.decision = pendingDecision({ breakGlass: GLASS });
    const proposal = await h.propose();
    await h.copies(proposal.id, 1);
    h.fake.reset();
    await decide(h.slack.context.core, { proposalId: proposal.id, voter: PEOPLE.alice.email, channel: "api", decision: "approve" });
    await h.fake.waitFor(() => h.fake.callsTo("chat.update").length === 1 && h.fake.callsTo("chat.postMessage").length === 1);
    await new Promise((r) => setTimeout(r, 300));
    expect(h.fake.callsTo("chat.postMessage").map((c) => c.args.channel)).toEqual([`D${PEOPLE.dana.id}`]);
  });
});
