// Starts the real API app on loopback over a fresh real Postgres database, with the real policy
// and masking packages. Only the clock is controllable.
import type { Server } from "node:http";
import type { Express } from "express";
import { generateSigningKey, issueApiKey, publicKeyOf, type CoreDeps } from "@countersign/core";
import { createChangeFeed } from "@countersign/db";
import { createTestDatabase, type TestDatabase } from "@countersign/db/testing";
import { createProposalMasker } from "@countersign/masking";
import { parsePolicy } from "@countersign/policy";
import { createApiApp } from "../app.js";
import { createLogger } from "../logger.js";

export interface TestApi {
  url: string;
  app: Express;
  db: TestDatabase;
  core: CoreDeps;
  adminKey: string;
  logLines: string[];
  /** Moves the injected clock forward. */
  advance(ms: number): void;
  agentKey(name: string, ownerEmail: string): Promise<string>;
  approverKey(identity: string): Promise<string>;
  call(method: string, path: string, opts?: { key?: string; body?: unknown; raw?: string; headers?: Record<string, string> }): Promise<{ status: number; body: any; headers: Headers }>;
  close(): Promise<void>;
}

export async function startTestApi(policyYaml: string): Promise<TestApi> {
  const db = await createTestDatabase();
  const policySet = parsePolicy([{ file: "test-policy.yaml", text: policyYaml }]);
  let offset = 0;
  const signingKey = generateSigningKey().privateKey;
  const core: CoreDeps = {
    db: db.prisma,
    policy: { current: () => policySet },
    now: () => new Date(Date.now() + offset),
    signingKey,
    tokenTtlSeconds: 900,
    mask: createProposalMasker({ style: "tag", secret: "test-secret-test-secret-test-secret" }),
  };
  const changeFeed = await createChangeFeed(db.url);
  const logLines: string[] = [];
  const logger = createLogger("info", (line) => logLines.push(line));
  const { app } = createApiApp(
    { core, changeFeed, logger, publicKey: publicKeyOf(signingKey), simulate: (input, now) => policySet.evaluate(input, now) },
    { bodyLimit: "64kb" },
  );
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  const adminKey = (await issueApiKey(db.prisma, { kind: "admin", identity: "admin@example.com" }, "test")).key;

  return {
    url, app, db, core, adminKey, logLines,
    advance: (ms) => void (offset += ms),
    agentKey: async (name, ownerEmail) => (await issueApiKey(db.prisma, { kind: "agent", agentName: name, ownerEmail }, "test")).key,
    approverKey: async (identity) => (await issueApiKey(db.prisma, { kind: "approver", identity }, "test")).key,
    async call(method, path, opts = {}) {
      const headers: Record<string, string> = { ...(opts.headers ?? {}) };
      if (opts.key) headers.authorization = `Bearer ${opts.key}`;
      let body: string | undefined;
      if (opts.raw !== undefined) body = opts.raw;
      else if (opts.body !== undefined) body = JSON.stringify(opts.body);
      if (body !== undefined) headers["content-type"] ??= "application/json";
      const response = await fetch(url + path, { method, headers, body });
      const text = await response.text();
      let parsed: unknown = text;
      try { parsed = JSON.parse(text); } catch { /* not JSON */ }
      return { status: response.status, body: parsed, headers: response.headers };
    },
    async close() {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await changeFeed.close();
      await db.close();
    },
  };
}
