import type { Env } from "./env.js";
import type { IntegrationFactory } from "./service.js";

/** Slack, when SLACK_* settings are present (wired in by the Slack adapter). */
export function slackIntegration(_env: Env): IntegrationFactory {
  return () => Promise.resolve(null);
}
