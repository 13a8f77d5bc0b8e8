import type { ApproverSet } from "@countersign/policy";

/** Every email an approvers snapshot names, in groups or by identity: lower-case, each once. */
export function approverEmails(approvers: Partial<ApproverSet> | null | undefined): string[] {
  const all = [...(approvers?.identities ?? []), ...Object.values(approvers?.groups ?? {}).flat()];
  return [...new Set(all.map((e) => e.toLowerCase()))];
}

/**
 * The approvers a reminder is for: named in the snapshot, not a requester (who may not vote) and
 * without a vote yet.
 *
 * @example awaitingApprovers({ groups: { dba: ["a@x", "b@x"] }, identities: [] }, ["a@x"], ["owner@x"]) // ["b@x"]
 */
export function awaitingApprovers(
  approvers: Partial<ApproverSet> | null | undefined,
  voters: readonly string[],
  requesters: readonly (string | null)[],
): string[] {
  const done = new Set([...voters, ...requesters].filter((e): e is string => e !== null).map((e) => e.toLowerCase()));
  return approverEmails(approvers).filter((e) => !done.has(e));
}
