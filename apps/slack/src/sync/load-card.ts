import { loadProposalView, type ProposalView } from "@countersign/core";
import { renderSlackCard, toApprovalView, type ApprovalView, type SlackCard } from "@countersign/cards";
import type { SlackContext } from "../context.js";

export interface LoadedCard {
  loaded: ProposalView;
  view: ApprovalView;
  card: SlackCard;
}

/** The proposal as it is now, rendered: every sync shows the latest state, never an event's. */
export async function loadCard(ctx: SlackContext, proposalId: string): Promise<LoadedCard | null> {
  const loaded = await loadProposalView(ctx.db, proposalId);
  if (!loaded) return null;
  const view = toApprovalView({ proposal: loaded.proposal, votes: loaded.votes, agentName: loaded.agent.name });
  return { loaded, view, card: renderSlackCard(view, ctx.now()) };
}
