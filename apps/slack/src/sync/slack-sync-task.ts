import { proposalQueueName, type Task } from "@countersign/db";
import type { SlackContext } from "../context.js";
import { RescheduleError } from "../web/retry.js";
import { notifyOutcome, OUTCOME_EVENTS } from "./notify-outcome.js";
import { syncCards } from "./sync-cards.js";

/** The graphile-worker task name core enqueues for Slack deliveries. */
export const SLACK_SYNC_TASK = "slack.sync";

interface OutboxPayload {
  proposalId: string;
  event: string;
  status: string;
}

/**
 * `slack.sync` ({outboxId}): syncs every Slack copy of the proposal's card to its current state
 * and, after a final decision, tells the requester. Jobs of one proposal run one at a time on
 * whichever instance claims them. A long Retry-After re-queues the job at the time Slack named
 * instead of holding a worker.
 */
export function createSlackSyncTask(ctx: SlackContext): Task {
  return async (payload, helpers) => {
    const outboxId = readOutboxId(payload);
    const outbox = await ctx.db.outboxMessage.findUnique({ where: { id: BigInt(outboxId) } });
    if (!outbox) {
      ctx.logger.warn("slack.sync: outbox message not found", { outboxId });
      return;
    }
    const event = outbox.payload as unknown as OutboxPayload;
    try {
      const sync = await syncCards(ctx, event.proposalId, { postMissing: event.event === "created" });
      if (!sync) {
        ctx.logger.warn("slack.sync: proposal not found", { outboxId, proposalId: event.proposalId });
        return;
      }
      ctx.logger.debug("slack.sync", { outboxId, proposalId: event.proposalId, event: event.event, posted: sync.posted.length, updated: sync.updated.length });
      if (OUTCOME_EVENTS.has(event.event)) await notifyOutcome(ctx, sync);
    } catch (error) {
      if (!(error instanceof RescheduleError)) throw error;
      const runAt = new Date(Date.now() + error.delayMs);
      ctx.logger.warn("slack.sync rescheduled after rate limit", { outboxId, method: error.method, runAt: runAt.toISOString() });
      // Same queue as core's jobs for this proposal (db's enqueueOutbox), so order is kept.
      await helpers.addJob(SLACK_SYNC_TASK, { outboxId }, { queueName: proposalQueueName(event.proposalId), runAt, maxAttempts: 25 });
    }
  };
}

function readOutboxId(payload: unknown): string {
  const id = (payload as { outboxId?: unknown } | null)?.outboxId;
  if (typeof id !== "string" || !/^\d+$/.test(id)) throw new Error("slack.sync payload must be {outboxId: string}");
  return id;
}
