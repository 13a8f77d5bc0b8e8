import { inTransaction, type Proposal } from "@countersign/db";
import type { CoreDeps } from "./deps.js";
import { CodedError } from "./errors.js";
import { lockProposal, transition } from "./transition.js";

/** The requesting agent withdraws its pending proposal. */
export async function cancelProposal(deps: CoreDeps, proposalId: string, agentId: string, reason: string | null): Promise<Proposal> {
  return inTransaction(deps.db, async (tx) => {
    const proposal = await lockProposal(tx, proposalId);
    if (proposal.agentId !== agentId) throw new CodedError("not_found", `No proposal ${proposalId}.`, { field: "id" });
    if (proposal.status !== "pending") {
      throw new CodedError("not_cancellable", `Only pending proposals can be cancelled; this one is ${proposal.status}.`, { proposalStatus: proposal.status });
    }
    return transition(tx, {
      proposal,
      data: { status: "cancelled", decidedAt: deps.now(), decidedBy: `agent:${agentId}`, decisionReason: reason },
      event: "proposal.cancelled",
      actor: `agent:${agentId}`,
      auditData: { reason },
      hasWebhook: false,
    });
  });
}
