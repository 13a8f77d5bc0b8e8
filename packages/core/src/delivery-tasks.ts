import type { Channel } from "@countersign/policy";

/** Job-queue task names, one per delivery target. Chat adapters register handlers for theirs. */
export const TASKS = {
  slack: "slack.sync",
  teams: "teams.sync",
  webhook: "webhook.deliver",
} as const;

/** Which delivery jobs announce a change of a proposal with these channels. */
export function deliveryTasks(channels: Channel[], hasWebhook: boolean): string[] {
  const tasks = new Set<string>();
  for (const channel of channels) {
    if (channel.kind === "slack" || channel.kind === "slack_dm") tasks.add(TASKS.slack);
    if (channel.kind === "teams") tasks.add(TASKS.teams);
  }
  if (hasWebhook) tasks.add(TASKS.webhook);
  return [...tasks];
}
