/**
 * Stable error codes. The API maps each to an HTTP status in exactly one table
 * (apps/api/src/http/problem.ts); chat adapters map them to the sentence shown to the clicker.
 */
export type ErrorCode =
  | "not_found"
  | "already_decided"
  | "expired"
  | "self_approval"
  | "not_an_approver"
  | "already_voted"
  | "reason_required"
  | "not_cancellable"
  | "idempotency_conflict"
  | "token_invalid"
  | "token_used"
  | "forbidden"
  | "unauthenticated"
  | "validation_failed"
  | "conflict";

export class CodedError extends Error {
  override readonly name = "CodedError";
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Optional machine-readable details (e.g. the field at fault, the current status). */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export function isCodedError(error: unknown, code?: ErrorCode): error is CodedError {
  return error instanceof CodedError && (code === undefined || error.code === code);
}
