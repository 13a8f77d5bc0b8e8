/** Stable codes for masking failures; the API maps them to HTTP in one place. */
export type MaskingErrorCode = "MASKING_SECRET_REQUIRED" | "MASKING_INVALID_PATH";

/**
 * A masking failure with a stable string code.
 *
 * @example
 * throw new MaskingError("MASKING_SECRET_REQUIRED", "pseudonym style needs a secret");
 */
export class MaskingError extends Error {
  constructor(
    readonly code: MaskingErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "MaskingError";
  }
}
