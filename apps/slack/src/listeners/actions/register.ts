import type { App, BlockButtonAction } from "@slack/bolt";
import { SLACK_ACTION_IDS } from "@countersign/cards";
import type { SlackContext } from "../../context.js";
import { approveHandler } from "./approve.js";
import { denyHandler } from "./deny.js";

export function register(app: App, ctx: SlackContext): void {
  app.action<BlockButtonAction>(SLACK_ACTION_IDS.approve, approveHandler(ctx));
  app.action<BlockButtonAction>(SLACK_ACTION_IDS.deny, denyHandler(ctx));
}
