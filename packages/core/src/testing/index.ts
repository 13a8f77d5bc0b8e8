export { pendingDecision } from "./pending-decision.js";
export { createTestCore, deliveryJobs, type TestCore } from "./test-core.js";
