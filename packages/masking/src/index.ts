// Public API of @countersign/masking: detection, text masking and structured payload masking.
export type { MaskOptions, MaskStyle, PayloadMaskOptions, PayloadMaskResult, Span } from "./types.js";
export { detect, RECOGNIZERS, type DetectOptions } from "./detect.js";
export { mask, maskText, replacementFor } from "./mask/mask.js";
export { labelFor } from "./mask/labels.js";
export { maskPayload } from "./payload/mask-payload.js";
export { createProposalMasker, type ProposalMasker, type MaskHintsLike } from "./proposal-masker.js";
export { classifyField } from "./payload/field-names.js";
export { MaskingError, type MaskingErrorCode } from "./errors.js";
export type { Recognizer } from "./recognizers/recognizer.js";
export { isLuhnValid } from "./checksums/luhn.js";
export { isIbanValid } from "./checksums/iban.js";
export { isAbaRoutingValid } from "./checksums/aba-routing.js";
export { isNpiValid } from "./checksums/npi.js";
export { isDeaValid } from "./checksums/dea.js";
export { isVinValid } from "./checksums/vin.js";
export { isSsnPlausible } from "./checksums/ssn.js";
export { isMbiValid } from "./checksums/mbi.js";
