import express, { type Router } from "express";
import { ExpressReceiver, SocketModeReceiver, type Logger, type Receiver } from "@slack/bolt";
import type { SlackConfig } from "../env.js";
import { timestampGuard } from "./timestamp-guard.js";

export interface CreatedReceiver {
  receiver: Receiver;
  /** Mount at /slack/events (HTTP mode). In Socket Mode it answers nothing but is safe to mount. */
  router: Router;
  socketMode: boolean;
}

/**
 * HTTP mode: Bolt's ExpressReceiver on a router we own, so our timestamp guard runs before Bolt's
 * signature check. Socket Mode when an app-level token is configured.
 */
export function createReceiver(config: SlackConfig, logger: Logger, now: () => Date): CreatedReceiver {
  const router = express.Router();
  if (config.appToken) {
    const receiver = new SocketModeReceiver({
      appToken: config.appToken,
      logger,
      installerOptions: { clientOptions: { slackApiUrl: config.apiUrl } },
    });
    return { receiver, router, socketMode: true };
  }
  router.use(timestampGuard(now));
  const receiver = new ExpressReceiver({
    signingSecret: config.signingSecret,
    logger,
    router,
    // The API mounts the router at /slack/events, so the receiver answers its root.
    endpoints: "/",
    // Ack answers the HTTP request at once; the listener's work continues after (3-second rule).
    processBeforeResponse: false,
  });
  return { receiver, router, socketMode: false };
}
