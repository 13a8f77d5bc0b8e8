import { FOLLOW_UP_EVENTS } from "@countersign/core";
import { proposalQueueName, type Task } from "@countersign/db";
import type { SlackContext } from "../context.js";
import { RescheduleError } from "../web/retry.js";
import { announceBreakGlass, type BreakGlassPayload } from "./announce-break-glass.js";
import { loadCard } from "./load-card.js";
import { notifyEscalation, type EscalationPayload } from "./notify-escalation.js";
import { notifyOutcome, OUTCOME_EVENTS } from "./notify-outcome.js";
import { sendReminder } from "./send-reminder.js";
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
 * and, after a final decision, tells the requester; follow-up events (reminder, escalation,
 * break-glass) get their own message. Jobs of one proposal run one at a time on whichever
 * instance claims them. A long Retry-After re-queues the job at the time Slack named instead of
 * holding a worker.
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
      if (!(await deliver(ctx, event))) ctx.logger.warn("slack.sync: proposal not found", { outboxId, proposalId: event.proposalId });
      else ctx.logger.debug("slack.sync", { outboxId, proposalId: event.proposalId, event: event.event });
    } catch (error) {
      if (!(error instanceof RescheduleError)) throw error;
      const runAt = new Date(Date.now() + error.delayMs);
      ctx.logger.warn("slack.sync rescheduled after rate limit", { outboxId, method: error.method, runAt: runAt.toISOString() });
      // Same queue as core's jobs for this proposal (db's enqueueOutbox), so order is kept.
      await helpers.addJob(SLACK_SYNC_TASK, { outboxId }, { queueName: proposalQueueName(event.proposalId), runAt, maxAttempts: 25 });
    }
  };
}

/** Does what one outbox event asks of Slack; false when the proposal no longer exists. */
async function deliver(ctx: SlackContext, event: OutboxPayload): Promise<boolean> {
  // Reminders and announcements change no card: they only post, so they skip the sync.
  if (event.event === FOLLOW_UP_EVENTS.reminded || event.event === FOLLOW_UP_EVENTS.breakGlass) {
    const card = await loadCard(ctx, event.proposalId);
    if (!card) return false;
    if (event.event === FOLLOW_UP_EVENTS.reminded) await sendReminder(ctx, card);
    else await announceBreakGlass(ctx, card, event as OutboxPayload & BreakGlassPayload);
    return true;
  }
  // An escalation may add DM approvers (slack_dm): their copies are posted like at creation.
  const escalated = event.event === FOLLOW_UP_EVENTS.escalated;
  const sync = await syncCards(ctx, event.proposalId, { postMissing: event.event === "created" || escalated });
  if (!sync) return false;
  if (escalated) await notifyEscalation(ctx, sync, event as OutboxPayload & EscalationPayload);
  if (OUTCOME_EVENTS.has(event.event)) await notifyOutcome(ctx, sync);
  return true;
}

function readOutboxId(payload: unknown): string {
  const id = (payload as { outboxId?: unknown } | null)?.outboxId;
  if (typeof id !== "string" || !/^\d+$/.test(id)) throw new Error("slack.sync payload must be {outboxId: string}");
  return id;
}
