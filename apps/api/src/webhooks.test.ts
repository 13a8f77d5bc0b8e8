// An agent created with a webhookUrl hears of every decision on its proposals: signed with the
// deployment's Ed25519 key (verifiable with GET /v1/decision-key alone) and retried until accepted.
import { createPublicKey, verify } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueApiKey } from "@countersign/core";
import { createTestDatabase, type TestDatabase } from "@countersign/db/testing";
import { parseEnv } from "./env.js";
import { createLogger } from "./logger.js";
import { startService, type Service } from "./service.js";

const POLICY = `
groups:
  approvers: [ana@example.com]
rules:
  - id: grant
    match: { action: iam.grant }
    outcome: require_approval
    approvers: { groups: [approvers] }
`;

interface Delivery { body: string; signature: string }
let db: TestDatabase;
let service: Service;
let receiver: http.Server;
let receiverUrl: string;
const deliveries: Delivery[] = [];
let failNext = 0;

beforeAll(async () => {
  db = await createTestDatabase();
  receiver = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString()));
    req.on("end", () => {
      if (failNext > 0) {
        failNext--;
        res.writeHead(500).end();
        return;
      }
      deliveries.push({ body, signature: String(req.headers["countersign-signature"]) });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => receiver.listen(0, "127.0.0.1", r));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  const dir = mkdtempSync(path.join(os.tmpdir(), "countersign-webhooks-"));
  writeFileSync(path.join(dir, "policy.yaml"), POLICY);
  const env = parseEnv({ PORT: "0", HOST: "127.0.0.1", DATABASE_URL: db.url, COUNTERSIGN_POLICY: path.join(dir, "policy.yaml"), COUNTERSIGN_DATA_DIR: dir, LOG_LEVEL: "silent" });
  service = await startService(env, [], createLogger("silent"));
});
afterAll(async () => {
  await service.stop();
  receiver.close();
  await db.close();
});

async function waitFor(predicate: () => boolean, ms = 15_000): Promise<void> {
  const until = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > until) throw new Error("timed out waiting for a webhook delivery");
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe("webhooks", () => {
  it("delivers the decision, signed, and retries after a failed delivery", async () => {
    const admin = (await issueApiKey(service.db, { kind: "admin", identity: "root@example.com" }, "test")).key;
    const call = (key: string, method: string, p: string, body?: unknown) =>
      fetch(service.url + p, { method, headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, ...(body ? { body: JSON.stringify(body) } : {}) }).then((r) => r.json() as Promise<any>);
    const agent = await call(admin, "POST", "/v1/keys", { kind: "agent", agentName: "hooked", ownerEmail: "owner@example.com", webhookUrl: receiverUrl });
    const approver = await call(admin, "POST", "/v1/keys", { kind: "approver", identity: "ana@example.com" });
    const proposal = await call(agent.key, "POST", "/v1/proposals", { action: "iam.grant", resource: "role/admin" });
    failNext = 1;
    await call(approver.key, "POST", `/v1/proposals/${proposal.id}/votes`, { decision: "approve", reason: "fine" });

    await waitFor(() => deliveries.length === 1);
    const [delivery] = deliveries;
    const payload = JSON.parse(delivery!.body);
    expect(payload).toMatchObject({ event: "proposal.approved", proposal: { id: proposal.id, status: "approved", decidedBy: "ana@example.com" } });
    expect(payload.proposal.token).toBeUndefined(); // tokens are handed out only on the agent's own read

    const { publicKeyPem } = await fetch(`${service.url}/v1/decision-key`).then((r) => r.json() as Promise<{ publicKeyPem: string }>);
    const match = /^t=(\d+),ed25519=([A-Za-z0-9_-]+)$/.exec(delivery!.signature);
    expect(match).not.toBeNull();
    const ok = verify(null, Buffer.from(`${match![1]}.${delivery!.body}`), createPublicKey(publicKeyPem), Buffer.from(match![2]!, "base64url"));
    expect(ok).toBe(true);
    const tampered = verify(null, Buffer.from(`${match![1]}.${delivery!.body.replace("approved", "denied")}`), createPublicKey(publicKeyPem), Buffer.from(match![2]!, "base64url"));
    expect(tampered).toBe(false);

    const outbox = await service.db.outboxMessage.findFirstOrThrow({ where: { proposalId: proposal.id, topic: "proposal.approved" } });
    expect(outbox).toMatchObject({ attempts: 2, lastError: "HTTP 500" });
    expect(outbox.deliveredAt).not.toBeNull();
  });
});
