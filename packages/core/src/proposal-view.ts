import type { ChatMessage, Db, Proposal, Vote, Agent } from "@countersign/db";

export interface ProposalView {
  proposal: Proposal;
  agent: Agent;
  votes: Vote[];
  chatMessages: ChatMessage[];
}

/** A proposal with everything a card or an API response shows, in one read. */
export async function loadProposalView(db: Db, id: string): Promise<ProposalView | null> {
  const row = await db.proposal.findUnique({
    where: { id },
    include: { agent: true, votes: { orderBy: { createdAt: "asc" } }, chatMessages: true },
  });
  if (!row) return null;
  const { agent, votes, chatMessages, ...proposal } = row;
  return { proposal, agent, votes, chatMessages };
}
