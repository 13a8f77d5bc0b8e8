import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from "@slack/bolt";
import { listDecidable } from "@countersign/core";
import type { SlackContext } from "../../context.js";
import { emailForUser } from "../../identity/email-for-user.js";
import { homeView } from "../../views/home-view.js";

type Args = SlackEventMiddlewareArgs<"app_home_opened"> & AllMiddlewareArgs;

/** App Home lists what the viewer can decide now. Bolt acks events itself. */
export function appHomeOpenedHandler(ctx: SlackContext) {
  return async ({ event }: Args): Promise<void> => {
    if (event.tab !== "home") return;
    await publishHome(ctx, event.user);
  };
}

export async function publishHome(ctx: SlackContext, userId: string): Promise<void> {
  const email = await emailForUser(ctx, userId);
  const items = email ? await listDecidable(ctx.db, email, ctx.now()) : [];
  const view = homeView(items, ctx.now(), email);
  await ctx.call("views.publish", () => ctx.client.views.publish({ user_id: userId, view }));
}
