import type { Agent, Proposal, Vote } from "@countersign/db";
import type { TraceEntry } from "@countersign/policy";
import type { z } from "zod";
import type { ProposalResponse } from "./schemas.js";

type ProposalJson = z.infer<typeof ProposalResponse>;

/** The API's view of a proposal: masked params only, never rawParams. */
export function presentProposal(p: Proposal, agent: Pick<Agent, "id" | "name">, votes: Vote[], token?: string | null): ProposalJson {
  return {
    id: p.id,
    status: p.status,
    decision: {
      outcome: outcomeOf(p),
      ruleId: p.ruleId,
      reason: p.reason,
      policyHash: p.policyHash,
      trace: p.trace as unknown as TraceEntry[],
    },
    action: p.action,
    resource: p.resource,
    environment: p.environment,
    params: p.params as Record<string, unknown>,
    onBehalfOf: p.onBehalfOf,
    agent: { id: agent.id, name: agent.name },
    approvals: { needed: p.approvalsNeeded, count: p.approvalsCount, distinctGroups: p.quorumDistinctGroups },
    votes: votes.map((v) => ({ approver: v.approver, decision: v.decision, reason: v.reason, channel: v.channel, at: v.createdAt.toISOString() })),
    payloadHash: p.payloadHash,
    expiresAt: p.expiresAt?.toISOString() ?? null,
    decidedAt: p.decidedAt?.toISOString() ?? null,
    decidedBy: p.decidedBy,
    decisionReason: p.decisionReason,
    createdAt: p.createdAt.toISOString(),
    ...(token ? { token } : {}),
  };
}

/** What policy answered at proposal time: the policy itself decided unless a human had to. */
export function outcomeOf(p: Proposal): "allow" | "deny" | "pending" {
  if (p.decidedBy !== "policy") return "pending";
  return p.status === "denied" ? "deny" : "allow";
}
