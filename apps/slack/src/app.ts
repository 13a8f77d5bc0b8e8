import { App } from "@slack/bolt";
import type { Router } from "express";
import type { TaskList } from "@countersign/db";
import { toBoltLogger, silentLogger } from "./bolt-logger.js";
import { createContext, type SlackContext } from "./context.js";
import type { SlackAppDeps } from "./deps.js";
import { register as registerActions } from "./listeners/actions/register.js";
import { register as registerEvents } from "./listeners/events/register.js";
import { register as registerViews } from "./listeners/views/register.js";
import { createReceiver } from "./receiver/create-receiver.js";
import { createSlackSyncTask, SLACK_SYNC_TASK } from "./sync/slack-sync-task.js";
import { DEFAULT_RETRY_POLICY } from "./web/retry.js";

export interface SlackApp {
  app: App;
  /** HTTP mode: mount at /slack/events before any body parser. */
  router: Router;
  /** graphile-worker tasks to add to the service's job runner. */
  tasks: TaskList;
  /** Shared state for listeners and tasks; exposed for tests and tooling. */
  context: SlackContext;
  socketMode: boolean;
  /** Socket Mode: connect. HTTP mode: nothing to start (the API's server receives requests). */
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Wires the Bolt app: receiver (HTTP router or Socket Mode), listeners, error handler and the
 * outbox task. Opens no connection and no port until start() (Socket Mode) or the API mounts
 * the router.
 *
 * @example
 * const slack = createSlackApp({ config, core, logger });
 * api.use("/slack/events", slack.router); // or createApiApp(ctx, { mounts: [{ path: "/slack/events", router: slack.router }] })
 * await startJobRunner({ databaseUrl, tasks: { ...otherTasks, ...slack.tasks } });
 */
export function createSlackApp(deps: SlackAppDeps): SlackApp {
  const logger = deps.logger ?? silentLogger;
  const now = deps.now ?? deps.core.now;
  const boltLogger = toBoltLogger(logger);
  const { receiver, router, socketMode } = createReceiver(deps.config, boltLogger, now);
  const app = new App({
    token: deps.config.botToken,
    receiver,
    logger: boltLogger,
    clientOptions: {
      slackApiUrl: deps.config.apiUrl,
      // Every retry is ours (web/retry.ts): visible, bounded, testable.
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
      timeout: deps.requestTimeoutMs ?? 10_000,
    },
  });
  const context = createContext({
    core: deps.core,
    db: deps.core.db,
    client: app.client,
    logger,
    now,
    sleep: deps.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    retry: { ...DEFAULT_RETRY_POLICY, ...deps.retry },
    requireDenyReason: deps.requireDenyReason ?? true,
    identityTtlMs: deps.identityTtlMs ?? 15 * 60_000,
  });
  registerActions(app, context);
  registerViews(app, context);
  registerEvents(app, context);
  app.error((error) => {
    logger.error("slack listener failed", { error: error.message, code: error.code });
    return Promise.resolve();
  });

  return {
    app,
    router,
    tasks: { [SLACK_SYNC_TASK]: createSlackSyncTask(context) },
    context,
    socketMode,
    start: async () => {
      if (socketMode) await app.start();
    },
    stop: async () => {
      if (socketMode) await app.stop();
    },
  };
}
