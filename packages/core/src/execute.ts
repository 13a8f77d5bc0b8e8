import { inTransaction, type Proposal } from "@countersign/db";
import type { CoreDeps } from "./deps.js";
import { CodedError } from "./errors.js";
import { newJti, publicKeyOf, signDecisionToken, verifyDecisionToken } from "./decision-token.js";
import { lockProposal, transition } from "./transition.js";

/**
 * The decision token for an approved proposal. Deterministic in everything but jti and iat; its
 * single use is enforced by the approved → executed compare-and-set, not by the token itself.
 */
export function issueDecisionToken(deps: CoreDeps, proposal: Proposal): string | null {
  if (proposal.status !== "approved" || !proposal.decidedAt) return null;
  const iat = Math.floor(deps.now().getTime() / 1000);
  return signDecisionToken(
    {
      pid: proposal.id,
      ph: proposal.payloadHash,
      act: proposal.action,
      res: proposal.resource,
      env: proposal.environment,
      iat,
      exp: iat + deps.tokenTtlSeconds,
      jti: newJti(),
    },
    deps.signingKey,
  );
}

/**
 * Consumes a decision token: valid signature, unexpired, bound to this proposal and payload, and
 * the proposal still approved. A second use is refused (token_used).
 */
export async function markExecuted(deps: CoreDeps, proposalId: string, token: string, agentId: string): Promise<Proposal> {
  const claims = verifyDecisionToken(token, publicKeyOf(deps.signingKey), deps.now());
  if (claims.pid !== proposalId) throw new CodedError("token_invalid", "This token was issued for another proposal.", { field: "token" });
  return inTransaction(deps.db, async (tx) => {
    const proposal = await lockProposal(tx, proposalId);
    if (proposal.agentId !== agentId) throw new CodedError("not_found", `No proposal ${proposalId}.`, { field: "id" });
    if (claims.ph !== proposal.payloadHash) throw new CodedError("token_invalid", "This token is bound to a different action payload.", { field: "token" });
    if (proposal.status === "executed") throw new CodedError("token_used", "This approval was already used.");
    if (proposal.status !== "approved") throw new CodedError("token_invalid", `The proposal is ${proposal.status}, not approved.`, { field: "token" });
    const agent = await tx.agent.findUniqueOrThrow({ where: { id: agentId }, select: { webhookUrl: true } });
    return transition(tx, {
      proposal,
      data: { status: "executed", executedAt: deps.now() },
      event: "proposal.executed",
      actor: `agent:${agentId}`,
      auditData: { jti: claims.jti },
      hasWebhook: Boolean(agent.webhookUrl),
    });
  });
}
