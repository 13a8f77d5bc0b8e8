import type { Server } from "node:http";
import type { Router } from "express";
import { expireDueProposals, followUpDueProposals, publicKeyOf, type CoreDeps } from "@countersign/core";
import { createChangeFeed, createPrismaClient, migrate, startJobRunner, type Db, type TaskList } from "@countersign/db";
import { createProposalMasker } from "@countersign/masking";
import { watchPolicy } from "@countersign/policy";
import { createApiApp } from "./app.js";
import { ensureAdminKey } from "./bootstrap-key.js";
import type { ApiContext } from "./context.js";
import { resolveDatabase } from "./database.js";
import type { Env } from "./env.js";
import { createLogger, type Logger } from "./logger.js";
import { loadSecrets } from "./settings.js";
import { webhookTask } from "./webhooks.js";

/** A chat adapter or other add-on: routes to mount and job-queue tasks to run. */
export interface Integration {
  name: string;
  mounts: { path: string; router: Router }[];
  tasks: TaskList;
  stop(): Promise<void>;
}

export type IntegrationFactory = (deps: { core: CoreDeps; logger: Logger; databaseUrl: string }) => Promise<Integration | null>;

export interface Service {
  url: string;
  port: number;
  databaseUrl: string;
  db: Db;
  /** Set only on the very first start without COUNTERSIGN_BOOTSTRAP_KEY. */
  adminKey: string | null;
  stop(): Promise<void>;
}

/**
 * Starts the whole policy service: database (embedded unless DATABASE_URL), migrations, secrets,
 * policy with hot reload, HTTP API, integrations, job runner and the sweeper (expiry, then
 * reminders and escalations).
 */
export async function startService(env: Env, integrations: IntegrationFactory[] = [], logger: Logger = createLogger(env.LOG_LEVEL)): Promise<Service> {
  // Policy first: a broken policy fails the start before anything else is set up.
  const policy = await watchPolicy(env.COUNTERSIGN_POLICY, {
    onReload: (p) => logger.info("policy reloaded", { policyHash: p.hash }),
    onError: (error) => logger.error("policy reload refused; the previous policy stays in force", { error }),
  });
  const { url: databaseUrl, embedded } = await resolveDatabase(env.DATABASE_URL, env.COUNTERSIGN_DATA_DIR);
  await migrate({ databaseUrl });
  const db = createPrismaClient(databaseUrl);
  const { signingKey, maskSecret } = await loadSecrets(db, { secret: env.COUNTERSIGN_SECRET });
  const adminKey = await ensureAdminKey(db, env.COUNTERSIGN_BOOTSTRAP_ADMIN, env.COUNTERSIGN_BOOTSTRAP_KEY);
  const core: CoreDeps = {
    db,
    policy,
    now: () => new Date(),
    signingKey,
    tokenTtlSeconds: env.COUNTERSIGN_TOKEN_TTL,
    mask: createProposalMasker({ style: env.COUNTERSIGN_MASK_STYLE, secret: maskSecret }),
  };
  const changeFeed = await createChangeFeed(databaseUrl, (error) => logger.warn("change feed reconnecting", { error }));
  const ctx: ApiContext = { core, changeFeed, logger, publicKey: publicKeyOf(signingKey), simulate: (input, now) => policy.current().evaluate(input, now) };

  const started: Integration[] = [];
  for (const factory of integrations) {
    const integration = await factory({ core, logger, databaseUrl });
    if (integration) started.push(integration);
  }
  const { app } = createApiApp(ctx, { mounts: started.flatMap((i) => i.mounts) });
  const tasks: TaskList = { "webhook.deliver": webhookTask(db, signingKey, logger) };
  for (const integration of started) Object.assign(tasks, integration.tasks);
  const runner = await startJobRunner({ databaseUrl, tasks, concurrency: env.COUNTERSIGN_WORKER_CONCURRENCY, log: (level, message) => logger.debug("jobs", { level, message }) });

  let sweeping = false;
  const sweeper = setInterval(() => {
    if (sweeping) return;
    sweeping = true;
    // Expire first: an overdue proposal gets no more reminders or escalations.
    expireDueProposals(core)
      .catch((error: unknown) => logger.error("expiry sweep failed", { error }))
      .then(() => followUpDueProposals(core))
      .catch((error: unknown) => logger.error("follow-up sweep failed", { error }))
      .finally(() => (sweeping = false));
  }, env.COUNTERSIGN_SWEEP_INTERVAL_MS);

  const server: Server = await new Promise((resolve) => {
    const s = app.listen(env.PORT, env.HOST, () => resolve(s));
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : env.PORT;
  const url = `http://${env.HOST === "0.0.0.0" ? "127.0.0.1" : env.HOST}:${port}`;
  logger.info("countersign listening", { url, policyHash: policy.current().hash, embeddedPostgres: Boolean(embedded), integrations: started.map((i) => i.name) });

  return {
    url, port, databaseUrl, db, adminKey,
    async stop() {
      clearInterval(sweeper);
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await changeFeed.close();
      await runner.stop();
      for (const i of started) await i.stop();
      policy.close();
      await db.$disconnect();
      await embedded?.stop();
    },
  };
}
