import { createPrivateKey, sign } from "node:crypto";
import { loadProposalView } from "@countersign/core";
import type { Db, Task } from "@countersign/db";
import type { Logger } from "./logger.js";
import { presentProposal } from "./present.js";

/**
 * The `webhook.deliver` task: POSTs the proposal's new state to its agent's webhook, signed with
 * the deployment's Ed25519 decision key (verify with GET /v1/decision-key):
 * `Countersign-Signature: t=<unix seconds>,ed25519=<base64url signature of "<t>.<body>">`.
 * A non-2xx answer throws, so the job queue retries with backoff.
 */
export function webhookTask(db: Db, signingKey: string, logger: Logger, fetchImpl: typeof fetch = fetch): Task {
  const key = createPrivateKey(signingKey);
  return async (payload) => {
    const { outboxId } = payload as { outboxId: string };
    const message = await db.outboxMessage.findUnique({ where: { id: BigInt(outboxId) } });
    if (!message?.proposalId) return;
    const view = await loadProposalView(db, message.proposalId);
    const url = view?.agent.webhookUrl;
    if (!view || !url) return;
    const body = JSON.stringify({ event: message.topic, proposal: presentProposal(view.proposal, view.agent, view.votes) });
    const t = Math.floor(Date.now() / 1000);
    const signature = sign(null, Buffer.from(`${t}.${body}`), key).toString("base64url");
    const response = await fetchImpl(url, {
      method: "POST",
      headers: { "content-type": "application/json", "countersign-signature": `t=${t},ed25519=${signature}` },
      body,
      signal: AbortSignal.timeout(10_000),
    });
    await db.outboxMessage.update({
      where: { id: message.id },
      data: response.ok ? { deliveredAt: new Date(), attempts: { increment: 1 } } : { attempts: { increment: 1 }, lastError: `HTTP ${response.status}` },
    });
    if (!response.ok) {
      logger.warn("webhook delivery failed", { proposalId: message.proposalId, status: response.status });
      throw new Error(`webhook answered ${response.status}`);
    }
  };
}
