import type { App } from "@slack/bolt";
import type { SlackContext } from "../../context.js";
import { BREAK_GLASS_CALLBACK_ID } from "../../views/break-glass-modal.js";
import { DENY_CALLBACK_ID } from "../../views/deny-modal.js";
import { breakGlassSubmittedHandler } from "./break-glass-submitted.js";
import { denySubmittedHandler } from "./deny-submitted.js";

export function register(app: App, ctx: SlackContext): void {
  app.view({ type: "view_submission", callback_id: DENY_CALLBACK_ID }, denySubmittedHandler(ctx));
  app.view({ type: "view_submission", callback_id: BREAK_GLASS_CALLBACK_ID }, breakGlassSubmittedHandler(ctx));
}
