import type { Db, Proposal } from "@countersign/db";
import type { ApproverSet } from "@countersign/policy";

/**
 * Pending, unexpired proposals that `identity` may vote on now: named as an approver, not the
 * requester, and no vote cast yet. (For App Home and "my queue" views.)
 */
export async function listDecidable(db: Db, identity: string, now: Date, limit = 50): Promise<Proposal[]> {
  const email = identity.toLowerCase();
  const pending = await db.proposal.findMany({
    where: { status: "pending", OR: [{ expiresAt: null }, { expiresAt: { gt: now } }], votes: { none: { approver: email } } },
    include: { agent: { select: { ownerEmail: true } } },
    orderBy: { createdAt: "asc" },
    take: 500,
  });
  return pending
    .filter((p) => {
      const approvers = p.approvers as unknown as ApproverSet;
      const named = approvers.identities?.includes(email) || Object.values(approvers.groups ?? {}).some((m) => (m).includes(email));
      return named && p.onBehalfOf !== email && p.agent.ownerEmail !== email;
    })
    .slice(0, limit)
    .map(({ agent: _agent, ...proposal }) => proposal);
}
