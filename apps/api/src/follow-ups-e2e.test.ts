// Reminders, escalation and break-glass as `npm start` wires them: the real policy language, the
// service's own sweeper (expiry, then follow-ups), the job runner and Slack against a fake Web API.
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueApiKey } from "@countersign/core";
import { createTestDatabase, type TestDatabase } from "@countersign/db/testing";
import { startFakeSlack, type FakeSlack } from "@countersign/slack/testing";
import { parseEnv } from "./env.js";
import { slackIntegration } from "./integrations.js";
import { createLogger } from "./logger.js";
import { startService, type Service } from "./service.js";
import { storedSlackTs } from "./testing/stored-slack-ts.js";

// dba decides; after 1 s security may too, and security escalates on to security-leads 2 s later.
const POLICY = `
settings:
  break_glass_announce: { slack: C0INCIDENTS }
groups:
  dba: [dee@example.com]
  security:
    members: [sam@example.com]
    escalate: { after: 2s, to: security-leads }
  security-leads: [ciso@example.com]
  oncall: [jo@example.com]
rules:
  - id: phi-export
    match: { action: db.export }
    outcome: require_approval
    reason: "{{agent.name}} wants to export {{resource}}"
    approvers: { groups: [dba] }
    ttl: 1h
    remind: 2s
    escalate: { after: 1s, to: security }
    break_glass: { group: oncall }
    channels: [{ slack: C0APPROVALS }]
`;
const PEOPLE = [
  { id: "U0DEE", email: "dee@example.com" },
  { id: "U0SAM", email: "sam@example.com" },
  { id: "U0CISO", email: "ciso@example.com" },
  { id: "U0JO", email: "jo@example.com" },
];

let db: TestDatabase;
let fake: FakeSlack;
let service: Service;
let agentKey: string;
const logs: string[] = [];
beforeAll(async () => {
  db = await createTestDatabase();
  fake = await startFakeSlack();
  for (const person of PEOPLE) fake.addUser(person);
  const dir = mkdtempSync(path.join(os.tmpdir(), "countersign-follow-ups-"));
  writeFileSync(path.join(dir, "policy.yaml"), POLICY);
  const env = parseEnv({
    PORT: "0", HOST: "127.0.0.1", DATABASE_URL: db.url, COUNTERSIGN_POLICY: path.join(dir, "policy.yaml"),
    COUNTERSIGN_DATA_DIR: dir, LOG_LEVEL: "info", COUNTERSIGN_SWEEP_INTERVAL_MS: "200",
    SLACK_BOT_TOKEN: fake.token, SLACK_SIGNING_SECRET: "follow-ups-signing-secret", SLACK_API_URL: fake.apiUrl,
  });
  service = await startService(env, [slackIntegration(env.slack)], createLogger("info", (line) => logs.push(line)));
  agentKey = (await issueApiKey(service.db, { kind: "agent", agentName: "exporter", ownerEmail: "owner@example.com" }, "test")).key;
});
afterAll(async () => {
  await service?.stop();
  await fake?.close();
  await db?.close();
});

async function api(method: string, url: string, key: string, body?: object): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${service.url}${url}`, {
    method,
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}
const propose = async (onBehalfOf: string) =>
  (await api("POST", "/v1/proposals", agentKey, { action: "db.export", resource: "postgres://prod/visits", params: { note: "for patient Jane Doe, SSN 219-09-9999" }, onBehalfOf })).body.id as string;
const threadTexts = (ts: string) => fake.callsTo("chat.postMessage").filter((c) => c.args.thread_ts === ts).map((c) => String(c.args.text));

describe("follow-ups in the running service", () => {
  it("the sweeper reminds and escalates twice; the CISO, refused before, approves after", async () => {
    const ciso = (await issueApiKey(service.db, { kind: "approver", identity: "ciso@example.com" }, "test")).key;
    const id = await propose("human@example.com");
    expect((await api("POST", `/v1/proposals/${id}/votes`, ciso, { decision: "approve" })).body).toMatchObject({ code: "not_an_approver" });

    await fake.waitFor(() => fake.callsTo("chat.postMessage").some((c) => c.args.channel === "C0APPROVALS" && !c.args.thread_ts), 10_000);
    const ts = await storedSlackTs(service.db, id);
    await fake.waitFor(() => threadTexts(ts).some((t) => t.includes("Escalated to security-leads")) && threadTexts(ts).some((t) => t.includes("Reminder")), 10_000);
    const texts = threadTexts(ts);
    expect(texts.filter((t) => t.includes("Escalated"))).toEqual([
      ":arrow_double_up: Escalated to security: <@U0SAM>, you can now approve or deny this request.",
      ":arrow_double_up: Escalated to security-leads: <@U0CISO>, you can now approve or deny this request.",
    ]);
    expect(texts.find((t) => t.includes("Reminder"))).toContain("<@U0DEE>");

    const vote = await api("POST", `/v1/proposals/${id}/votes`, ciso, { decision: "approve" });
    expect(vote).toMatchObject({ status: 200, body: { status: "approved", decidedBy: "ciso@example.com" } });
    const types = (await service.db.auditEvent.findMany({ where: { proposalId: id }, orderBy: { seq: "asc" } })).map((e) => e.type);
    expect(types.filter((t) => t === "proposal.escalated")).toHaveLength(2);
    expect(types.at(-1)).toBe("proposal.approved");
    expect(types.indexOf("vote.refused")).toBeLessThan(types.indexOf("proposal.escalated"));
    expect(JSON.stringify(fake.calls)).not.toContain("219-09-9999");
  });

  it("a break-glass self-approval over the API is announced in Slack with its masked reason", async () => {
    const jo = (await issueApiKey(service.db, { kind: "approver", identity: "jo@example.com" }, "test")).key;
    const id = await propose("jo@example.com");
    const vote = await api("POST", `/v1/proposals/${id}/votes`, jo, { decision: "approve", reason: "ED outage; Jane Doe (SSN 219-09-9999) waiting" });
    expect(vote).toMatchObject({ status: 200, body: { status: "approved" } });

    await fake.waitFor(() => fake.callsTo("chat.postMessage").some((c) => c.args.channel === "C0INCIDENTS"), 10_000);
    const [announcement, ...more] = fake.callsTo("chat.postMessage").filter((c) => c.args.channel === "C0INCIDENTS");
    expect(more).toEqual([]);
    expect(String(announcement!.args.text)).toContain("*Break-glass*: <@U0JO> (jo@example.com) approved their own request as a member of oncall: db.export on postgres://prod/visits");
    expect(String(announcement!.args.text)).toContain("*Reason:* ED outage;");
    expect(JSON.stringify(fake.calls)).not.toContain("219-09-9999");
    expect(JSON.stringify(fake.calls)).not.toContain("Jane Doe");
    expect(logs.join("\n")).not.toContain("219-09-9999");
  });
});
