import type { ChatMessage } from "@countersign/db";
import { PLATFORM } from "../identity/email-for-user.js";

/**
 * The posted channel copies of a card, whose threads carry follow-ups everyone in the channel
 * can see. DM copies (D…) are left out: a thread there reaches one person.
 */
export function channelCopies(chatMessages: readonly ChatMessage[]): ChatMessage[] {
  return chatMessages.filter((m) => m.platform === PLATFORM && m.messageId && !m.conversationId.startsWith("D"));
}
