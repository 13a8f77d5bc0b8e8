// Core on a real test database with a fixed policy decision and a clock the test moves.
import { createProposalMasker } from "@countersign/masking";
import type { Agent, Db } from "@countersign/db";
import type { PolicyDecision } from "@countersign/policy";
import { pendingDecision } from "./pending-decision.js";

export { pendingDecision };
import { createProposal } from "../create-proposal.js";
import { generateSigningKey } from "../decision-token.js";
import type { CoreDeps } from "../deps.js";

const T0 = new Date("2026-11-27T09:00:00.000Z");
const DAY = 86_400_000;


export interface TestCore {
  deps: CoreDeps;
  agent: Agent;
  /** Moves the clock to `minutes` after the latest proposal was created. */
  at(minutes: number): void;
  /**
   * Creates a proposal with this decision, ten days after the previous one: earlier proposals of
   * the suite have expired by then, so a sweeper pass sees only this one.
   */
  propose(decision: PolicyDecision, onBehalfOf?: string | null): Promise<string>;
}

export async function createTestCore(db: Db): Promise<TestCore> {
  let base = T0;
  let now = T0;
  let decision = pendingDecision();
  const deps: CoreDeps = {
    db,
    policy: { current: () => ({ hash: "test-policy-hash", evaluate: () => decision }) },
    mask: createProposalMasker({ style: "tag", secret: "core-test-secret-core-test-secret" }),
    now: () => now,
    signingKey: generateSigningKey().privateKey,
    tokenTtlSeconds: 900,
  };
  const agent = await db.agent.create({ data: { id: `agt_${Math.random().toString(36).slice(2, 10)}`, name: `etl-${Math.random().toString(36).slice(2, 8)}`, ownerEmail: "owner@example.com" } });
  return {
    deps,
    agent,
    at: (minutes) => (now = new Date(base.getTime() + minutes * 60_000)),
    propose: async (d, onBehalfOf = "dana@example.com") => {
      decision = d;
      base = new Date(base.getTime() + 10 * DAY);
      now = base;
      const { proposal } = await createProposal(
        deps,
        agent,
        { action: "db.export", resource: "postgres://prod/patients", environment: "production", params: { table: "patients" }, onBehalfOf, context: {} },
        null,
      );
      return proposal.id;
    },
  };
}

/** The delivery jobs queued for one outbox message: task name and queue. */
export async function deliveryJobs(db: Db, outboxId: bigint): Promise<{ task: string; queue: string | null }[]> {
  return db.$queryRaw`
    SELECT t.identifier AS task, q.queue_name AS queue
      FROM graphile_worker._private_jobs j
      JOIN graphile_worker._private_tasks t ON t.id = j.task_id
      LEFT JOIN graphile_worker._private_job_queues q ON q.id = j.job_queue_id
     WHERE j.payload->>'outboxId' = ${outboxId.toString()}`;
}
