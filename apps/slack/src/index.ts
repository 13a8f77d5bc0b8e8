// @countersign/slack: approval cards in Slack (Bolt). Mount `router` at /slack/events, add
// `tasks` to the job runner; see createSlackApp.
export { createSlackApp, type SlackApp } from "./app.js";
export type { SlackAppDeps, SlackLogger } from "./deps.js";
export { readSlackEnv, type SlackConfig } from "./env.js";
export { SLACK_SYNC_TASK } from "./sync/slack-sync-task.js";
export { DEFAULT_RETRY_POLICY, RescheduleError, type RetryPolicy } from "./web/retry.js";
export { MAX_CLOCK_SKEW_SECONDS } from "./receiver/timestamp-guard.js";
