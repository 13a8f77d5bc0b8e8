// The whole service as `npm start` wires it — API, policy file, real masking, job runner, Slack
// mounted at /slack/events — against a fake Slack Web API: an agent proposes over HTTP, the card
// reaches Slack, an approver denies through the modal, and the agent reads the reason from the API.
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueApiKey } from "@countersign/core";
import { createTestDatabase, type TestDatabase } from "@countersign/db/testing";
import { blockActionsPayload, denySubmissionPayload, sendInteraction, startFakeSlack, type FakeSlack } from "@countersign/slack/testing";
import { parseEnv } from "./env.js";
import { slackIntegration } from "./integrations.js";
import { createLogger } from "./logger.js";
import { startService, type Service } from "./service.js";
import { storedSlackTs } from "./testing/stored-slack-ts.js";

const SECRET = "e2e-signing-secret";
const POLICY = `
groups:
  privacy: [priya@example.com, omar@example.com]
rules:
  - id: phi-export
    match: { action: db.export }
    outcome: require_approval
    reason: "{{agent.name}} wants to export {{resource}}"
    approvers: { groups: [privacy] }
    channels: [{ slack: C0PRIVACY }]
`;

let db: TestDatabase;
let fake: FakeSlack;
let service: Service;
const logs: string[] = [];
beforeAll(async () => {
  db = await createTestDatabase();
  fake = await startFakeSlack();
  fake.addUser({ id: "U0PRIYA", email: "priya@example.com" });
  const dir = mkdtempSync(path.join(os.tmpdir(), "countersign-e2e-"));
  writeFileSync(path.join(dir, "policy.yaml"), POLICY);
  const env = parseEnv({
    PORT: "0", HOST: "127.0.0.1", DATABASE_URL: db.url, COUNTERSIGN_POLICY: path.join(dir, "policy.yaml"),
    COUNTERSIGN_DATA_DIR: dir, LOG_LEVEL: "info",
    SLACK_BOT_TOKEN: fake.token, SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: fake.apiUrl,
  });
  const logger = createLogger("info", (line) => logs.push(line));
  service = await startService(env, [slackIntegration(env.slack)], logger);
});
afterAll(async () => {
  await service.stop();
  await fake.close();
  await db.close();
});

describe("service with Slack", () => {
  it("posts the card, takes a Deny with its reason through the modal, and returns the reason from the API", async () => {
    const { key } = await issueApiKey(service.db, { kind: "agent", agentName: "exporter", ownerEmail: "owner@example.com" }, "test");
    const created = await fetch(`${service.url}/v1/proposals`, {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
      body: JSON.stringify({ action: "db.export", resource: "postgres://prod/clinical/visits", params: { note: "for patient Jane Doe, SSN 219-09-9999" } }),
    }).then((r) => r.json() as Promise<{ id: string }>);

    await fake.waitFor(() => fake.callsTo("chat.postMessage").length === 1, 10_000);
    const posted = fake.callsTo("chat.postMessage")[0]!;
    expect(posted.args.channel).toBe("C0PRIVACY");
    const card = JSON.stringify(posted.args);
    expect(card).toContain("phi-export");
    expect(card).not.toContain("219-09-9999");
    expect(card).not.toContain("Jane Doe");
    const ts = await storedSlackTs(service.db, created.id);

    const slackUrl = `${service.url}/slack/events`;
    const click = blockActionsPayload({ userId: "U0PRIYA", actionId: "countersign_deny", proposalId: created.id, channelId: "C0PRIVACY", messageTs: ts, responseUrl: fake.responseUrl });
    expect((await sendInteraction(slackUrl, click, { secret: SECRET })).status).toBe(200);
    await fake.waitFor(() => fake.callsTo("views.open").length === 1);
    const view = fake.callsTo("views.open")[0]!.args.view as { private_metadata: string };
    const submit = denySubmissionPayload({ userId: "U0PRIYA", privateMetadata: view.private_metadata, reason: "Not without a DUA" });
    expect((await sendInteraction(slackUrl, submit, { secret: SECRET })).status).toBe(200);

    const read = await fetch(`${service.url}/v1/proposals/${created.id}?wait=10`, { headers: { authorization: `Bearer ${key}` } }).then((r) => r.json());
    expect(read).toMatchObject({ status: "denied", decidedBy: "priya@example.com", decisionReason: "Not without a DUA" });
    await fake.waitFor(() => fake.callsTo("chat.update").some((c) => JSON.stringify(c.args).includes("Not without a DUA")));
    expect(logs.join("\n")).not.toContain("219-09-9999");
  });

  it("refuses a forged Slack request at the mounted receiver", async () => {
    const res = await sendInteraction(`${service.url}/slack/events`, { type: "block_actions" }, { secret: "wrong-secret" });
    expect(res.status).toBe(401);
  });
});
