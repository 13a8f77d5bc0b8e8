import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, it, expect } from "vitest";
import { WebSocketServer, type WebSocket } from "ws";
import { createTestDatabase, type TestDatabase } from "@countersign/db/testing";
import { SLACK_ACTION_IDS } from "@countersign/cards";
import { createProposal } from "@countersign/core";
import { createSlackApp, type SlackApp } from "../app.js";
import { startFakeSlack, type FakeSlack } from "../testing/fake-slack.js";
import { createTestCore, pendingDecision } from "../testing/core-stubs.js";
import { PEOPLE } from "../testing/harness.js";
import { blockActionsPayload } from "../testing/slack-requests.js";

describe("Socket Mode (SLACK_APP_TOKEN set)", () => {
  let database: TestDatabase;
  let fake: FakeSlack;
  let wss: WebSocketServer;
  let slack: SlackApp;
  const received: unknown[] = [];
  let socket: WebSocket | undefined;

  beforeAll(async () => {
    database = await createTestDatabase();
    fake = await startFakeSlack();
    for (const p of Object.values(PEOPLE)) fake.addUser(p);
    wss = new WebSocketServer({ host: "127.0.0.1", port: 0 });
    await new Promise((r) => wss.once("listening", r));
    fake.socketUrl = `ws://127.0.0.1:${(wss.address() as AddressInfo).port}/`;
    wss.on("connection", (ws) => {
      socket = ws;
      ws.on("message", (data: Buffer) => received.push(JSON.parse(data.toString())));
      ws.send(JSON.stringify({ type: "hello", num_connections: 1, connection_info: { app_id: "A0FAKE" } }));
    });
    slack = createSlackApp({
      config: { botToken: fake.token, signingSecret: "unused-in-socket-mode", appToken: fake.appToken, apiUrl: fake.apiUrl },
      core: createTestCore(database.prisma, () => pendingDecision()),
    });
  });
  afterAll(async () => {
    await slack?.stop();
    wss?.close();
    await fake?.close();
    await database?.close();
  });

  it("connects through apps.connections.open and handles an Approve click from the socket", async () => {
    expect(slack.socketMode).toBe(true);
    await slack.start();
    expect(fake.callsTo("apps.connections.open")).toHaveLength(1);

    const agent = await database.prisma.agent.create({ data: { id: "agt_socket", name: "bot", ownerEmail: "owner@example.com" } });
    const { proposal } = await createProposal(slack.context.core, agent, { action: "db.export", resource: "r", environment: "prod", params: {}, onBehalfOf: null, context: {} }, null);

    const payload = blockActionsPayload({ userId: PEOPLE.alice.id, actionId: SLACK_ACTION_IDS.approve, proposalId: proposal.id, channelId: "C0APPROVALS", messageTs: "1.2", responseUrl: fake.responseUrl });
    socket!.send(JSON.stringify({ envelope_id: "env-1", type: "interactive", accepts_response_payload: false, payload }));

    await fake.waitFor(() => received.some((m) => (m as { envelope_id?: string }).envelope_id === "env-1"));
    for (let i = 0; i < 100 && (await database.prisma.vote.count()) === 0; i++) await new Promise((r) => setTimeout(r, 20));
    const row = await database.prisma.proposal.findUniqueOrThrow({ where: { id: proposal.id } });
    expect(row).toMatchObject({ status: "approved", decidedBy: PEOPLE.alice.email });
  });
});
