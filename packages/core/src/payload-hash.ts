import { createHash } from "node:crypto";
import { canonicalJson } from "@countersign/db";

export interface ActionPayload {
  action: string;
  resource: string;
  environment: string;
  params: Record<string, unknown>;
}

/**
 * SHA-256 of the canonical JSON of exactly what was proposed: a decision token is bound to it, so
 * an approved "export table a" cannot be replayed as "export table b".
 *
 * @example payloadHash({ action: "db.export", resource: "patients", environment: "prod", params: {} })
 */
export function payloadHash(payload: ActionPayload): string {
  const { action, resource, environment, params } = payload;
  return sha256(canonicalJson({ action, resource, environment, params }));
}

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
