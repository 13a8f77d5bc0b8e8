import type { CoreDeps } from "./deps.js";
import { expireProposal } from "./decide.js";

/**
 * The expiry sweeper's one pass: every pending proposal past its TTL becomes expired. Safe on any
 * number of instances at once (each expiry is a locked compare-and-set).
 */
export async function expireDueProposals(deps: CoreDeps, limit = 100): Promise<number> {
  const due = await deps.db.proposal.findMany({
    where: { status: "pending", expiresAt: { lte: deps.now() } },
    select: { id: true },
    orderBy: { expiresAt: "asc" },
    take: limit,
  });
  let expired = 0;
  for (const { id } of due) {
    if (await expireProposal(deps, id)) expired++;
  }
  return expired;
}
