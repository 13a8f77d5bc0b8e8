import type { ModalView } from "@slack/types";
import { escapeMrkdwn, escapeWithin } from "@countersign/cards";
import { reasonModal } from "./reason-modal.js";
import type { Channel } from "@countersign/policy";

export const BREAK_GLASS_CALLBACK_ID = "countersign_break_glass";
export const BREAK_GLASS_REASON_BLOCK = "break_glass_reason";
export const BREAK_GLASS_REASON_ACTION = "reason";

/** Carried through the modal so the submission knows what it approves and where to answer. */
export interface BreakGlassMetadata {
  proposalId: string;
  /** Where the clicker saw the card (for ephemeral answers); null when clicked from App Home. */
  channelId: string | null;
}

/** What the requester is about to approve, so the modal can say it plainly. */
export interface BreakGlassDetails {
  action: string;
  resource: string;
  environment: string;
  group: string;
  announce: Channel | null;
}

/**
 * The "why approve your own request?" modal, opened instead of voting when a break-glass member
 * clicks Approve on their own request: core refuses such a vote without a reason.
 */
export function breakGlassModal(meta: BreakGlassMetadata, details: BreakGlassDetails): ModalView {
  const what = escapeWithin(`${details.action} on ${details.resource} (${details.environment})`, 1500);
  const text = [
    `You are approving your own request — *${what}* — as a member of *${escapeWithin(details.group, 200)}* (break-glass).`,
    announcedWhere(details.announce),
  ].join("\n\n");
  return reasonModal({
    callbackId: BREAK_GLASS_CALLBACK_ID,
    metadata: meta,
    title: "Break-glass approval",
    submit: "Approve",
    intro: { type: "mrkdwn", text },
    blockId: BREAK_GLASS_REASON_BLOCK,
    actionId: BREAK_GLASS_REASON_ACTION,
    label: "Why do you need to approve this yourself?",
    optional: false,
  });
}

/** Core announces only to a Slack channel or a Teams conversation; the audit trail is always written. */
function announcedWhere(announce: Channel | null): string {
  if (announce?.kind === "slack") return `This approval and your reason will be announced in <#${escapeMrkdwn(announce.channel)}> and kept in the audit trail.`;
  if (announce?.kind === "teams") return "This approval and your reason will be announced in Microsoft Teams and kept in the audit trail.";
  return "This approval and your reason will be kept in the audit trail.";
}

export function readBreakGlassMetadata(raw: string): BreakGlassMetadata {
  const parsed = JSON.parse(raw) as Partial<BreakGlassMetadata>;
  if (typeof parsed.proposalId !== "string") throw new Error("break-glass modal metadata has no proposalId");
  return { proposalId: parsed.proposalId, channelId: parsed.channelId ?? null };
}
