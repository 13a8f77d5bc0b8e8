// One running Slack app for integration tests and benchmarks: the real Bolt app and receiver on a
// loopback HTTP server, the fake Slack Web API, real Postgres, and a real graphile-worker runner.
import http from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { createProposal } from "@countersign/core";
import { startJobRunner, type Agent, type ChatMessage, type Db, type Proposal } from "@countersign/db";
import type { PolicyDecision } from "@countersign/policy";
import { createSlackApp, type SlackApp } from "../app.js";
import type { SlackAppDeps } from "../deps.js";
import { createTestCore, pendingDecision } from "./core-stubs.js";
import { startFakeSlack, type FakeSlack } from "./fake-slack.js";
import { blockActionsPayload, sendInteraction, type ClickInput } from "./slack-requests.js";

export const SIGNING_SECRET = "test-signing-secret-0123456789";

/** The people of the fake workspace: approvers alice and bob, requester dana, outsider carol. */
export const PEOPLE = {
  alice: { id: "U0ALICE", email: "alice@example.com" },
  bob: { id: "U0BOB", email: "bob@example.com" },
  carol: { id: "U0CAROL", email: "carol@example.com" },
  dana: { id: "U0DANA", email: "dana@example.com" },
} as const;

export interface HarnessOptions {
  databaseUrl: string;
  db: Db;
  fake?: FakeSlack;
  /** Start a job runner in this process (default true). */
  runner?: boolean;
  slack?: Partial<Omit<SlackAppDeps, "config" | "core">>;
}

export interface Harness {
  /** The receiver's URL (the API would mount it at the same path). */
  url: string;
  fake: FakeSlack;
  slack: SlackApp;
  db: Db;
  agent: Agent;
  /** The policy decision the next proposal gets. */
  decision: PolicyDecision;
  propose(overrides?: { params?: Record<string, unknown>; onBehalfOf?: string | null; action?: string }): Promise<Proposal>;
  click(input: Omit<ClickInput, "responseUrl">): Promise<Response>;
  /** Stored Slack copies of a proposal's card once `count` of them have their ts. */
  copies(proposalId: string, count: number): Promise<ChatMessage[]>;
  stopRunner(): Promise<void>;
  close(): Promise<void>;
}

export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const fake = options.fake ?? (await startFakeSlack());
  for (const person of Object.values(PEOPLE)) fake.addUser(person);
  let decision = pendingDecision();
  const core = createTestCore(options.db, () => harness.decision);
  const slack = createSlackApp({
    config: { botToken: fake.token, signingSecret: SIGNING_SECRET, appToken: null, apiUrl: fake.apiUrl },
    core,
    retry: { baseDelayMs: 5, maxDelayMs: 50 },
    ...options.slack,
  });
  const api = express();
  api.use("/slack/events", slack.router);
  const server = http.createServer(api);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;

  let runner = options.runner === false ? null : await startJobRunner({ databaseUrl: options.databaseUrl, tasks: slack.tasks, concurrency: 8 });
  const agentId = `agt_${Math.random().toString(36).slice(2, 10)}`;
  const agent = await options.db.agent.create({ data: { id: agentId, name: "etl-bot", ownerEmail: "owner@example.com" } });

  const harness: Harness = {
    url,
    fake,
    slack,
    db: options.db,
    agent,
    get decision() {
      return decision;
    },
    set decision(d) {
      decision = d;
    },
    propose: async (o = {}) => {
      const { proposal } = await createProposal(
        core,
        agent,
        {
          action: o.action ?? "db.export",
          resource: "postgres://prod/patients",
          environment: "production",
          params: o.params ?? { table: "patients", destination: "s3://exports/2026" },
          onBehalfOf: o.onBehalfOf === undefined ? PEOPLE.dana.email : o.onBehalfOf,
          context: { risk: "high" },
        },
        null,
      );
      return proposal;
    },
    click: (input) => sendInteraction(url, blockActionsPayload({ ...input, responseUrl: fake.responseUrl }), { secret: SIGNING_SECRET }),
    copies: async (proposalId, count) => {
      for (let i = 0; ; i++) {
        const rows = await options.db.chatMessage.findMany({ where: { proposalId, platform: "slack", NOT: { messageId: "" } }, orderBy: { conversationId: "asc" } });
        if (rows.length >= count) return rows;
        if (i > 500) throw new Error(`expected ${count} copies of ${proposalId}, found ${rows.length}`);
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    stopRunner: async () => {
      await runner?.stop();
      runner = null;
    },
    close: async () => {
      await runner?.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await slack.stop();
      if (!options.fake) await fake.close();
    },
  };
  return harness;
}
