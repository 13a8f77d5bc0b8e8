// Checks that need the whole set: every group named exists, quorums can be met, reminders and
// escalations happen before expiry, and break-glass has somewhere to be announced.
import type { Directory } from "../directory.js";
import { formatDuration } from "../duration.js";
import type { ApprovalSpec, GroupRef, PolicySpec } from "./model.js";

function checkGroup(ref: GroupRef, directory: Directory): boolean {
  if (directory.groupMembers(ref.name) !== undefined) return true;
  ref.node.error(`unknown group '${ref.name}'`);
  return false;
}

function checkApproval(approval: ApprovalSpec, spec: PolicySpec, directory: Directory): void {
  const known = approval.groups.filter((g) => checkGroup(g, directory));
  const { quorum } = approval;
  const where = quorum.node ?? approval.node;
  if (quorum.distinctGroups && quorum.count > approval.groups.length) {
    where.error(`quorum needs ${quorum.count} distinct groups but approvers name ${approval.groups.length}`);
  } else if (known.length === approval.groups.length && (known.length > 0 || approval.identities.length > 0)) {
    // Only when every group is known and approvers were given; otherwise that is the error.
    const people = new Set(approval.identities);
    for (const g of known) for (const m of directory.groupMembers(g.name) ?? []) people.add(m);
    if (quorum.count > people.size) {
      const who = people.size === 1 ? "1 person" : `${people.size} people`;
      where.error(`quorum needs ${quorum.count} approval${quorum.count === 1 ? "" : "s"} but only ${who} can approve`);
    }
  }
  const ttl = approval.ttlSeconds ?? spec.settings.ttlSeconds;
  const remind = approval.remindSeconds ?? spec.settings.remindSeconds;
  if (remind !== null && remind >= ttl) {
    (approval.remindNode ?? approval.node).error(`remind (${formatDuration(remind)}) must be shorter than ttl (${formatDuration(ttl)})`);
  }
  if (approval.escalate) {
    for (const g of approval.escalate.to) checkGroup(g, directory);
    if (approval.escalate.afterSeconds >= ttl) {
      approval.escalate.node.error(`escalation after ${formatDuration(approval.escalate.afterSeconds)} comes after the ttl (${formatDuration(ttl)})`);
    }
  }
  const glass = approval.breakGlass;
  if (glass) {
    checkGroup(glass.group, directory);
    if (!glass.announce && !spec.settings.breakGlassAnnounce) {
      glass.node.error("break_glass must be announced: set break_glass.announce or settings.break_glass_announce");
    }
  }
}

/**
 * Reports unknown groups and impossible approval settings across the merged policy.
 *
 * @example checkReferences(spec, directory) // errors land on the nodes' IssueList
 */
export function checkReferences(spec: PolicySpec, directory: Directory): void {
  for (const group of spec.groups.values()) for (const target of group.escalate?.to ?? []) checkGroup(target, directory);
  for (const rule of spec.rules) if (rule.approval) checkApproval(rule.approval, spec, directory);
  if (spec.default?.approval) checkApproval(spec.default.approval, spec, directory);
}
