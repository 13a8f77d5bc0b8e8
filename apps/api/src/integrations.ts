import { createSlackApp, SLACK_SYNC_TASK } from "@countersign/slack";
import type { SlackConfig } from "@countersign/slack";
import type { IntegrationFactory } from "./service.js";

/** Slack, when SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET are set: cards, clicks, App Home. */
export function slackIntegration(config: SlackConfig | null): IntegrationFactory {
  return async ({ core, logger }) => {
    if (!config) {
      // Policies may still name Slack channels: finish those jobs instead of letting them pile up.
      let warned = false;
      const skip = () => {
        if (!warned) logger.warn("a policy routes cards to Slack but Slack is not configured (SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET)");
        warned = true;
        return Promise.resolve();
      };
      return { name: "slack (not configured)", mounts: [], tasks: { [SLACK_SYNC_TASK]: skip }, stop: () => Promise.resolve() };
    }
    const slack = createSlackApp({ config, core, logger });
    await slack.start();
    return { name: "slack", mounts: [{ path: "/slack/events", router: slack.router }], tasks: slack.tasks, stop: () => slack.stop() };
  };
}
