// Test and benchmark helpers: the fake Slack Web API, signed request builders, and a harness
// running the real app on loopback. Import as "@countersign/slack/testing"; never from app code.
export { startFakeSlack, type FakeSlack, type FakeUser, type FakeMessage, type RecordedCall } from "./fake-slack.js";
export { sendInteraction, sendEvent, signature, blockActionsPayload, denySubmissionPayload, breakGlassSubmissionPayload, appHomeOpenedEvent, type ClickInput, type SendOptions } from "./slack-requests.js";
export { startHarness, PEOPLE, SIGNING_SECRET, type Harness, type HarnessOptions } from "./harness.js";
export { createTestCore, pendingDecision } from "./core-stubs.js";
