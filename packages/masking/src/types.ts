// The masking contract used by the policy service, cards and the evaluation CLI.

/** A detected identifier: JavaScript string indices, end exclusive. */
export interface Span {
  start: number;
  end: number;
  /** e.g. PERSON, US_SSN, EMAIL_ADDRESS, CREDIT_CARD, SECRET … */
  type: string;
  score: number;
}

/**
 * tag: `[SSN]`; partial: `***-**-6789`, `j***@example.org`; pseudonym: keyed HMAC token such as
 * `[PERSON:5f2a9c1e]` (same value → same token within one deployment).
 */
export type MaskStyle = "tag" | "partial" | "pseudonym";

export interface MaskOptions {
  style: MaskStyle;
  /** Server secret for pseudonyms; required when style is pseudonym. */
  secret?: string;
  /** Ignore detections scoring below this (0–1); default 0 masks everything found. */
  minScore?: number;
}

export interface PayloadMaskOptions extends MaskOptions {
  /** Params paths (dot notation, `*` for any key or index) always masked whole. */
  always?: string[];
  /** Params paths never masked. */
  never?: string[];
  /** Per-path style overrides chosen by the policy. */
  styles?: Record<string, MaskStyle>;
}

export interface PayloadMaskResult<T = unknown> {
  masked: T;
  /** Where something was masked and why (type), never the value. */
  findings: { path: string; type: string }[];
}
