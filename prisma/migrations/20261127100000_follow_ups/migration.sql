-- AlterTable
ALTER TABLE "Proposal" ADD COLUMN     "escalatedTo" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "escalation" JSONB,
ADD COLUMN     "nextEscalationAt" TIMESTAMP(3),
ADD COLUMN     "nextRemindAt" TIMESTAMP(3),
ADD COLUMN     "remindEverySeconds" INTEGER;

-- CreateIndex
CREATE INDEX "Proposal_status_nextRemindAt_idx" ON "Proposal"("status", "nextRemindAt");

-- CreateIndex
CREATE INDEX "Proposal_status_nextEscalationAt_idx" ON "Proposal"("status", "nextEscalationAt");
