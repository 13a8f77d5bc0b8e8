import { randomUUID } from "node:crypto";

/** Prefixed ids tell what they name in logs and URLs: `prp_…` proposal, `vot_…` vote. */
export function newId(prefix: "prp" | "vot" | "agt" | "key" | "msg"): string {
  return `${prefix}_${randomUUID().replaceAll("-", "")}`;
}
