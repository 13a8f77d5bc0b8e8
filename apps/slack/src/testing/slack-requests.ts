// Builds and sends what Slack would send: signed, form-encoded interactivity payloads and JSON
// Events API callbacks, posted over HTTP to the real receiver.
import { createHmac } from "node:crypto";

export function signature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
}

export interface SendOptions {
  secret: string;
  /** Unix seconds; defaults to now. */
  timestamp?: number;
  /** Overrides the computed signature (forgeries). */
  signature?: string;
}

/** POSTs a form body exactly as Slack does (content-type without charset: see PLATFORMS.md). */
export async function sendInteraction(url: string, payload: object, options: SendOptions): Promise<Response> {
  const body = `payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return send(url, body, "application/x-www-form-urlencoded", options);
}

export async function sendEvent(url: string, event: object, options: SendOptions): Promise<Response> {
  return send(url, JSON.stringify(event), "application/json", options);
}

async function send(url: string, body: string, contentType: string, options: SendOptions): Promise<Response> {
  const ts = options.timestamp ?? Math.floor(Date.now() / 1000);
  return fetch(url, {
    method: "POST",
    headers: {
      "content-type": contentType,
      "x-slack-request-timestamp": String(ts),
      "x-slack-signature": options.signature ?? signature(options.secret, ts, body),
    },
    body,
  });
}

export interface ClickInput {
  userId: string;
  actionId: string;
  proposalId: string;
  channelId: string;
  messageTs: string;
  responseUrl: string;
}

export function blockActionsPayload(input: ClickInput): object {
  const ts = `${Math.floor(Date.now() / 1000)}.000100`;
  return {
    type: "block_actions",
    user: { id: input.userId, username: input.userId.toLowerCase(), team_id: "T0FAKE" },
    api_app_id: "A0FAKE",
    token: "legacy-verification-token",
    team: { id: "T0FAKE", domain: "fake" },
    trigger_id: `trigger.${Math.random().toString(36).slice(2)}`,
    response_url: input.responseUrl,
    container: { type: "message", message_ts: input.messageTs, channel_id: input.channelId, is_ephemeral: false },
    channel: { id: input.channelId, name: "approvals" },
    message: { type: "message", ts: input.messageTs, text: "card", blocks: [] },
    actions: [{ type: "button", action_id: input.actionId, block_id: "countersign_decision", value: input.proposalId, action_ts: ts, text: { type: "plain_text", text: "x" } }],
  };
}

export function denySubmissionPayload(input: { userId: string; privateMetadata: string; reason: string | null; callbackId?: string }): object {
  return viewSubmissionPayload({ ...input, callbackId: input.callbackId ?? "countersign_deny", blockId: "deny_reason", title: "Deny request" });
}

export function breakGlassSubmissionPayload(input: { userId: string; privateMetadata: string; reason: string | null }): object {
  return viewSubmissionPayload({ ...input, callbackId: "countersign_break_glass", blockId: "break_glass_reason", title: "Break-glass approval" });
}

/** A modal submission whose one input block (`blockId`, action `reason`) holds `reason`. */
function viewSubmissionPayload(input: { userId: string; privateMetadata: string; reason: string | null; callbackId: string; blockId: string; title: string }): object {
  return {
    type: "view_submission",
    team: { id: "T0FAKE", domain: "fake" },
    user: { id: input.userId, username: input.userId.toLowerCase(), team_id: "T0FAKE" },
    api_app_id: "A0FAKE",
    token: "legacy-verification-token",
    trigger_id: "trigger.submit",
    view: {
      id: "V1",
      team_id: "T0FAKE",
      type: "modal",
      callback_id: input.callbackId,
      private_metadata: input.privateMetadata,
      state: { values: { [input.blockId]: { reason: { type: "plain_text_input", value: input.reason } } } },
      hash: "h",
      blocks: [],
      title: { type: "plain_text", text: input.title },
      app_id: "A0FAKE",
      bot_id: "B0BOT",
    },
    response_urls: [],
  };
}

export function appHomeOpenedEvent(userId: string): object {
  return {
    token: "legacy-verification-token",
    team_id: "T0FAKE",
    api_app_id: "A0FAKE",
    type: "event_callback",
    event_id: `Ev${Math.random().toString(36).slice(2)}`,
    event_time: Math.floor(Date.now() / 1000),
    event: { type: "app_home_opened", user: userId, channel: `D${userId}`, tab: "home", event_ts: `${Date.now() / 1000}` },
    authorizations: [{ team_id: "T0FAKE", user_id: "U0BOT", is_bot: true }],
  };
}
