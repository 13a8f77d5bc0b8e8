import { appendAudit, enqueueOutbox, type Prisma, type Proposal, type Tx } from "@countersign/db";
import type { Channel } from "@countersign/policy";
import { CodedError } from "./errors.js";
import { deliveryTasks } from "./delivery-tasks.js";

export interface TransitionInput {
  /** The row as read under FOR UPDATE in this transaction. */
  proposal: Proposal;
  data: {
    status?: Proposal["status"];
    approvalsCount?: number;
    decidedAt?: Date;
    decidedBy?: string;
    decisionReason?: string | null;
    executedAt?: Date;
    // Follow-ups (remind.ts, escalate.ts): the schedule and, on escalation, who may vote.
    approvers?: Prisma.InputJsonValue;
    escalation?: Prisma.InputJsonValue | Prisma.NullableJsonNullValueInput;
    nextEscalationAt?: Date | null;
    escalatedTo?: string[];
    nextRemindAt?: Date | null;
  };
  event: string;
  actor: string;
  auditData: Record<string, unknown>;
  /** Whether the agent's webhook (if any) hears of it. */
  hasWebhook: boolean;
  /** Extra masked fields for the outbox payload, for deliveries that need more than the row. */
  outboxData?: Record<string, unknown>;
}

/**
 * The one way a proposal changes: a compare-and-set on (id, version) plus its audit event and its
 * delivery jobs, in the caller's transaction. A lost race throws, rolling back everything.
 */
export async function transition(tx: Tx, input: TransitionInput): Promise<Proposal> {
  const { proposal } = input;
  const updated = await tx.proposal.updateMany({
    where: { id: proposal.id, version: proposal.version },
    data: { ...input.data, version: { increment: 1 } },
  });
  if (updated.count !== 1) throw new CodedError("conflict", "The proposal changed concurrently; try again.");
  const row = await tx.proposal.findUniqueOrThrow({ where: { id: proposal.id } });
  await appendAudit(tx, {
    proposalId: row.id,
    type: input.event,
    actor: input.actor,
    policyHash: row.policyHash,
    data: { from: proposal.status, to: row.status, version: row.version, ...input.auditData },
  });
  const tasks = deliveryTasks(row.channels as unknown as Channel[], input.hasWebhook && row.status !== "pending");
  if (tasks.length > 0) {
    await enqueueOutbox(tx, {
      topic: input.event,
      proposalId: row.id,
      payload: { ...input.outboxData, proposalId: row.id, event: input.event, status: row.status, version: row.version },
      tasks,
    });
  }
  return row;
}

/**
 * Like lockProposal, but skips a row another transaction holds (null then): a background pass
 * leaves it to that holder, or to its next run, instead of queueing behind it.
 */
export async function tryLockProposal(tx: Tx, id: string): Promise<Proposal | null> {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Proposal" WHERE id = ${id} FOR UPDATE SKIP LOCKED`;
  if (locked.length === 0) return null;
  return tx.proposal.findUniqueOrThrow({ where: { id } });
}

/** Reads the proposal with a row lock held to the end of the transaction. */
export async function lockProposal(tx: Tx, id: string): Promise<Proposal> {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Proposal" WHERE id = ${id} FOR UPDATE`;
  if (locked.length === 0) throw new CodedError("not_found", `No proposal ${id}.`, { field: "id" });
  return tx.proposal.findUniqueOrThrow({ where: { id } });
}
