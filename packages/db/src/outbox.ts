import type { Tx } from "./client.js";
import { asJson } from "./canonical-json.js";

export interface OutboxInput {
  topic: string;
  proposalId: string | null;
  /** Masked data only. */
  payload: Record<string, unknown>;
  /** Job-queue tasks that deliver this message (e.g. "slack.sync", "webhook.deliver"). */
  tasks: string[];
}

/**
 * Records a notification and queues its delivery in the caller's transaction, so it exists exactly
 * when the state change it announces commits. Jobs of one proposal share a queue and so run in
 * order, one at a time, on whichever instance claims them.
 */
export async function enqueueOutbox(tx: Tx, message: OutboxInput): Promise<bigint> {
  const row = await tx.outboxMessage.create({
    data: { topic: message.topic, proposalId: message.proposalId, payload: asJson(message.payload) },
    select: { id: true },
  });
  const queue = message.proposalId ? proposalQueueName(message.proposalId) : null;
  for (const task of message.tasks) {
    const payload = JSON.stringify({ outboxId: row.id.toString() });
    await tx.$queryRaw`SELECT 1 FROM graphile_worker.add_job(${task}, ${payload}::json, queue_name => ${queue}, max_attempts => 25)`;
  }
  return row.id;
}

/** The job queue that serialises every delivery job of one proposal. */
export function proposalQueueName(proposalId: string): string {
  return `proposal:${proposalId}`;
}
