// @countersign/policy: the policy language. Load YAML policies, evaluate proposals to
// allow / deny / pending with a trace, reload safely, and run policy tests.
export type * from "./types.js";
export { PolicyValidationError, formatIssue, type PolicyIssue } from "./errors.js";
export { parsePolicy, type PolicySet, type RuleSummary, type ParseOptions } from "./policy-set.js";
export { loadPolicy, readPolicySources } from "./load.js";
export { watchPolicy, type PolicyWatcher, type WatchOptions } from "./watch.js";
export { simulate, type Simulation } from "./simulate.js";
export { staticDirectory, layeredDirectory, type Directory } from "./directory.js";
export { readProposal, type ProposalResult } from "./proposal.js";
export { runPolicyTests, type PolicyTestReport, type FixtureResult, type CaseResult } from "./fixtures/run-tests.js";
export { policyHash } from "./hash.js";
export { parseDuration, formatDuration } from "./duration.js";
