import type { Db } from "@countersign/db";

/**
 * The ts of a proposal's stored Slack card. The fake Slack records a post before it answers, and
 * the ts is stored only once the answer is in, so wait for it rather than read it once.
 */
export async function storedSlackTs(db: Db, proposalId: string): Promise<string> {
  for (let i = 0; i < 500; i++) {
    const copy = await db.chatMessage.findFirst({ where: { proposalId, platform: "slack", NOT: { messageId: "" } } });
    if (copy) return copy.messageId;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`no stored Slack copy of ${proposalId}`);
}
