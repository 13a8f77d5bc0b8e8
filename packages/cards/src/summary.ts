// Neutral wording shared by the Slack and Teams renderers: quorum progress and the status line.
// Returns plain text pieces; each renderer escapes and styles them for its platform.
import type { ApprovalView } from "./types.js";
import { formatUtc } from "./time.js";

/**
 * "1 of 2 approvals — approved by alice@example.com".
 *
 * @example quorumText(view) // "0 of 1 approvals"
 */
export function quorumText(view: ApprovalView): string {
  const approvers = view.votes.filter((v) => v.decision === "approve").map((v) => v.approver);
  const base = `${view.quorum.approvals} of ${view.quorum.needed} approval${view.quorum.needed === 1 ? "" : "s"}`;
  return approvers.length > 0 ? `${base} — approved by ${approvers.join(", ")}` : base;
}

/**
 * "escalated to security, security-leads" while a pending request has been escalated; else null
 * (once decided, the status line says all).
 *
 * @example escalationText(view) // "escalated to security-leads"
 */
export function escalationText(view: ApprovalView): string | null {
  return view.status === "pending" && view.escalatedTo.length > 0 ? `escalated to ${view.escalatedTo.join(", ")}` : null;
}

export interface StatusLine {
  emoji: string;
  /** Plain text without the emoji, e.g. "Denied by bob@example.com: too broad". */
  text: string;
}

/**
 * The line that replaces the buttons once the proposal left `pending`; null while pending.
 *
 * @example statusLine(approvedView) // { emoji: "✅", text: "Approved by alice@x.org at 2026-05-01 14:03 UTC" }
 */
export function statusLine(view: ApprovalView): StatusLine | null {
  const at = view.decidedAt ? ` at ${formatUtc(view.decidedAt)}` : "";
  switch (view.status) {
    case "pending":
      return null;
    case "approved":
      return { emoji: "✅", text: `Approved by ${approvedBy(view)}${at}` };
    case "executed": {
      const ran = view.executedAt ? ` · executed at ${formatUtc(view.executedAt)}` : " · executed";
      return { emoji: "✅", text: `Approved by ${approvedBy(view)}${at}${ran}` };
    }
    case "denied": {
      const denier = view.decidedBy ?? view.votes.find((v) => v.decision === "deny")?.approver ?? "policy";
      const reason = view.decisionReason ?? view.votes.find((v) => v.decision === "deny")?.reason ?? null;
      return { emoji: "❌", text: `Denied by ${denier}${at}${reason ? `: ${reason}` : ""}` };
    }
    case "expired":
      return { emoji: "⌛", text: `Expired${view.decidedAt ? ` at ${formatUtc(view.decidedAt)}` : ""} without a decision` };
    case "cancelled":
      return { emoji: "🚫", text: `Cancelled${at}${view.decisionReason ? `: ${view.decisionReason}` : ""}` };
  }
}

function approvedBy(view: ApprovalView): string {
  const names = view.votes.filter((v) => v.decision === "approve").map((v) => v.approver);
  if (names.length > 0) return names.join(", ");
  return view.decidedBy ?? "policy";
}
