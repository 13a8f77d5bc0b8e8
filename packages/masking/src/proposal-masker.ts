import { maskText } from "./mask/mask.js";
import { maskPayload } from "./payload/mask-payload.js";
import type { MaskStyle } from "./types.js";

/** A rule's mask hints as the policy package produces them. */
export interface MaskHintsLike {
  always: string[];
  never: string[];
  styles?: Record<string, MaskStyle>;
}

export interface ProposalMasker {
  params(params: Record<string, unknown>, hints: MaskHintsLike): { masked: Record<string, unknown>; findings: { path: string; type: string }[] };
  text(text: string): string;
}

/**
 * The masker the policy service runs on every proposal: params per the matched rule's hints, and
 * free text (rendered reasons, trace lines) that may quote them.
 *
 * @example
 * const masker = createProposalMasker({ style: "partial", secret });
 * masker.params({ ssn: "123-45-6789" }, { always: [], never: [] }).masked // { ssn: "***-**-6789" }
 */
export function createProposalMasker(options: { style: MaskStyle; secret: string }): ProposalMasker {
  return {
    params(params, hints) {
      const { masked, findings } = maskPayload(params, { ...options, always: hints.always, never: hints.never, ...(hints.styles ? { styles: hints.styles } : {}) });
      return { masked: masked as Record<string, unknown>, findings };
    },
    text: (text) => maskText(text, options),
  };
}
