-- CreateEnum
CREATE TYPE "ProposalStatus" AS ENUM ('pending', 'approved', 'denied', 'expired', 'cancelled', 'executed');

-- CreateEnum
CREATE TYPE "VoteDecision" AS ENUM ('approve', 'deny');

-- CreateTable
CREATE TABLE "Agent" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "ownerEmail" TEXT NOT NULL,
    "labels" JSONB NOT NULL DEFAULT '{}',
    "webhookUrl" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Agent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiKey" (
    "id" TEXT NOT NULL,
    "secretHash" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "scopes" TEXT[],
    "agentId" TEXT,
    "identity" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "ApiKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Proposal" (
    "id" TEXT NOT NULL,
    "agentId" TEXT NOT NULL,
    "onBehalfOf" TEXT,
    "action" TEXT NOT NULL,
    "resource" TEXT NOT NULL,
    "environment" TEXT NOT NULL,
    "params" JSONB NOT NULL,
    "rawParams" JSONB,
    "context" JSONB NOT NULL DEFAULT '{}',
    "payloadHash" TEXT NOT NULL,
    "status" "ProposalStatus" NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "ruleId" TEXT,
    "reason" TEXT NOT NULL,
    "policyHash" TEXT NOT NULL,
    "trace" JSONB NOT NULL DEFAULT '[]',
    "approvers" JSONB NOT NULL DEFAULT '{}',
    "approvalsNeeded" INTEGER NOT NULL DEFAULT 0,
    "quorumDistinctGroups" BOOLEAN NOT NULL DEFAULT false,
    "approvalsCount" INTEGER NOT NULL DEFAULT 0,
    "channels" JSONB NOT NULL DEFAULT '[]',
    "breakGlass" JSONB,
    "idempotencyKey" TEXT,
    "requestHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3),
    "decidedAt" TIMESTAMP(3),
    "decidedBy" TEXT,
    "decisionReason" TEXT,
    "executedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Proposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Vote" (
    "id" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "approver" TEXT NOT NULL,
    "decision" "VoteDecision" NOT NULL,
    "reason" TEXT,
    "channel" TEXT NOT NULL,
    "groupName" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Vote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "seq" BIGSERIAL NOT NULL,
    "proposalId" TEXT,
    "type" TEXT NOT NULL,
    "actor" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "policyHash" TEXT,
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("seq")
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" BIGSERIAL NOT NULL,
    "topic" TEXT NOT NULL,
    "proposalId" TEXT,
    "payload" JSONB NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "deliveredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboxMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChatMessage" (
    "id" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "messageId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ChatMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChatUser" (
    "platform" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "email" TEXT,
    "fetchedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChatUser_pkey" PRIMARY KEY ("platform","userId")
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Setting_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "Agent_name_key" ON "Agent"("name");

-- CreateIndex
CREATE INDEX "Proposal_status_expiresAt_idx" ON "Proposal"("status", "expiresAt");

-- CreateIndex
CREATE INDEX "Proposal_createdAt_id_idx" ON "Proposal"("createdAt", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Proposal_agentId_idempotencyKey_key" ON "Proposal"("agentId", "idempotencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "Vote_proposalId_approver_key" ON "Vote"("proposalId", "approver");

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_hash_key" ON "AuditEvent"("hash");

-- CreateIndex
CREATE INDEX "AuditEvent_proposalId_idx" ON "AuditEvent"("proposalId");

-- CreateIndex
CREATE INDEX "OutboxMessage_proposalId_idx" ON "OutboxMessage"("proposalId");

-- CreateIndex
CREATE UNIQUE INDEX "ChatMessage_proposalId_platform_conversationId_key" ON "ChatMessage"("proposalId", "platform", "conversationId");

-- AddForeignKey
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_agentId_fkey" FOREIGN KEY ("agentId") REFERENCES "Agent"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_agentId_fkey" FOREIGN KEY ("agentId") REFERENCES "Agent"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vote" ADD CONSTRAINT "Vote_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChatMessage" ADD CONSTRAINT "ChatMessage_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The audit trail is append-only: refuse UPDATE, DELETE and TRUNCATE at the database.
CREATE FUNCTION countersign_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent is append-only (% refused)', TG_OP;
END;
$$;
CREATE TRIGGER "AuditEvent_append_only" BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION countersign_audit_append_only();
CREATE TRIGGER "AuditEvent_no_truncate" BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION countersign_audit_append_only();

-- Long-polls on any instance wake on this notification (payload: proposal id).
CREATE FUNCTION countersign_notify_proposal() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('countersign_proposal', NEW."id");
  RETURN NEW;
END;
$$;
CREATE TRIGGER "Proposal_notify" AFTER UPDATE ON "Proposal"
  FOR EACH ROW EXECUTE FUNCTION countersign_notify_proposal();
