import { appendAudit, canonicalJson, enqueueOutbox, inTransaction, isUniqueViolation, type Agent, type Proposal } from "@countersign/db";
import type { PolicyDecision, ProposalInput } from "@countersign/policy";
import type { CoreDeps } from "./deps.js";
import { CodedError } from "./errors.js";
import { newId } from "./ids.js";
import { payloadHash, sha256 } from "./payload-hash.js";
import { deliveryTasks } from "./delivery-tasks.js";
import { followUpSchedule } from "./follow-up-schedule.js";

export interface ProposeRequest {
  action: string;
  resource: string;
  environment: string;
  params: Record<string, unknown>;
  onBehalfOf: string | null;
  context: Record<string, unknown>;
}

export interface ProposeResult {
  proposal: Proposal;
  /** True when an earlier request with the same Idempotency-Key and body is answered again. */
  replayed: boolean;
}

/**
 * Evaluates policy, masks the params, and records the proposal with its audit event and (when a
 * human must decide) its delivery jobs — all in one transaction. With an idempotency key, the same
 * key and body return the first proposal; the same key with another body is a conflict.
 */
export async function createProposal(
  deps: CoreDeps,
  agent: Agent,
  request: ProposeRequest,
  idempotencyKey: string | null,
): Promise<ProposeResult> {
  const requestHash = sha256(canonicalJson(request));
  if (idempotencyKey) {
    const earlier = await findByIdempotencyKey(deps, agent.id, idempotencyKey, requestHash);
    if (earlier) return { proposal: earlier, replayed: true };
  }
  const now = deps.now();
  const input: ProposalInput = {
    ...request,
    onBehalfOf: request.onBehalfOf?.toLowerCase() ?? null,
    agent: { id: agent.id, name: agent.name, labels: agent.labels as Record<string, string> },
  };
  const policy = deps.policy.current();
  const evaluated = policy.evaluate(input, now);
  // A reason template or a trace line may quote the proposal: mask them like the params.
  const decision: PolicyDecision = {
    ...evaluated,
    reason: deps.mask.text(evaluated.reason),
    trace: evaluated.trace.map((t) => ({ ...t, detail: deps.mask.text(t.detail) })),
  };
  const { masked } = deps.mask.params(request.params, decision.mask);
  try {
    const proposal = await inTransaction(deps.db, async (tx) => {
      const row = await tx.proposal.create({ data: proposalRow(agent, input, decision, masked, requestHash, idempotencyKey, now) });
      await appendAudit(tx, {
        proposalId: row.id,
        type: "proposal.created",
        actor: `agent:${agent.id}`,
        policyHash: decision.policyHash,
        data: {
          outcome: decision.outcome,
          ruleId: decision.ruleId,
          reason: decision.reason,
          trace: decision.trace,
          action: row.action,
          resource: row.resource,
          environment: row.environment,
          params: masked,
          payloadHash: row.payloadHash,
          onBehalfOf: row.onBehalfOf,
        },
      });
      if (decision.outcome === "pending") {
        await enqueueOutbox(tx, {
          topic: "proposal.created",
          proposalId: row.id,
          payload: { proposalId: row.id, event: "created", status: row.status, version: row.version },
          // No webhook: the agent learns of its own proposal from this response.
          tasks: deliveryTasks(decision.channels, false),
        });
      }
      return row;
    });
    return { proposal, replayed: false };
  } catch (error) {
    // A concurrent request with the same key won the insert: answer as its replay.
    if (idempotencyKey && isUniqueViolation(error)) {
      const earlier = await findByIdempotencyKey(deps, agent.id, idempotencyKey, requestHash);
      if (earlier) return { proposal: earlier, replayed: true };
    }
    throw error;
  }
}

async function findByIdempotencyKey(deps: CoreDeps, agentId: string, key: string, requestHash: string): Promise<Proposal | null> {
  const earlier = await deps.db.proposal.findUnique({ where: { agentId_idempotencyKey: { agentId, idempotencyKey: key } } });
  if (earlier && earlier.requestHash !== requestHash) {
    throw new CodedError("idempotency_conflict", "This Idempotency-Key was already used with a different request body.", {
      field: "Idempotency-Key",
      proposalId: earlier.id,
    });
  }
  return earlier;
}

function proposalRow(
  agent: Agent,
  input: ProposalInput,
  decision: PolicyDecision,
  masked: Record<string, unknown>,
  requestHash: string,
  idempotencyKey: string | null,
  now: Date,
) {
  const status = decision.outcome === "allow" ? "approved" : decision.outcome === "deny" ? "denied" : "pending";
  const pending = status === "pending";
  const expiresAt = pending ? new Date(now.getTime() + decision.ttlSeconds * 1000) : null;
  const followUps = pending ? followUpSchedule(decision, now, expiresAt) : null;
  return {
    id: newId("prp"),
    agentId: agent.id,
    onBehalfOf: input.onBehalfOf,
    action: input.action,
    resource: input.resource,
    environment: input.environment,
    params: masked as object,
    rawParams: decision.mask.keepRaw ? (input.params as object) : undefined,
    context: input.context as object,
    payloadHash: payloadHash(input),
    status,
    ruleId: decision.ruleId,
    reason: decision.reason,
    policyHash: decision.policyHash,
    trace: decision.trace as unknown as object,
    approvers: decision.approvers as unknown as object,
    approvalsNeeded: pending ? decision.quorum.count : 0,
    quorumDistinctGroups: decision.quorum.distinctGroups,
    channels: decision.channels as unknown as object,
    breakGlass: decision.breakGlass ? (decision.breakGlass as unknown as object) : undefined,
    idempotencyKey,
    requestHash,
    expiresAt,
    remindEverySeconds: followUps?.remindEverySeconds ?? null,
    nextRemindAt: followUps?.nextRemindAt ?? null,
    escalation: followUps?.escalation ? (followUps.escalation as unknown as object) : undefined,
    nextEscalationAt: followUps?.nextEscalationAt ?? null,
    decidedAt: pending ? null : now,
    decidedBy: pending ? null : "policy",
    createdAt: now,
  } as const;
}
