import { describe, expect, it } from "vitest";
import { followUpSchedule, isDue, nextReminder } from "./follow-up-schedule.js";

const created = new Date("2026-11-27T09:00:00.000Z");
const min = (m: number) => new Date(created.getTime() + m * 60_000);
const chain = { after: 900, to: ["security"], members: { security: ["sam@example.com"] }, next: { after: 1800, to: ["leads"] } };

describe("followUpSchedule", () => {
  it("schedules the first reminder and the first escalation hop from creation", () => {
    expect(followUpSchedule({ remind: 600, escalate: chain }, created, min(60))).toEqual({
      remindEverySeconds: 600,
      nextRemindAt: min(10),
      escalation: chain,
      nextEscalationAt: min(15),
    });
  });

  it("schedules nothing at or after expiry, and nothing without remind or escalate", () => {
    expect(followUpSchedule({ remind: 600, escalate: chain }, created, min(10))).toEqual({ remindEverySeconds: 600, nextRemindAt: null, escalation: null, nextEscalationAt: null });
    expect(followUpSchedule({ remind: null, escalate: null }, created, min(60))).toEqual({ remindEverySeconds: null, nextRemindAt: null, escalation: null, nextEscalationAt: null });
  });
});

describe("nextReminder", () => {
  it("is one interval after the due time", () => expect(nextReminder(min(10), 600, min(10), min(60))).toEqual(min(20)));
  it("skips the reminders missed while no sweeper ran", () => expect(nextReminder(min(10), 600, min(35), min(60))).toEqual(min(40)));
  it("never lands at or after expiry", () => expect(nextReminder(min(10), 600, min(10), min(20))).toBeNull());
});

describe("isDue", () => {
  it("only for a pending, unexpired proposal whose time has come", () => {
    expect(isDue({ status: "pending", expiresAt: min(60) }, min(10), min(10))).toBe(true);
    expect(isDue({ status: "pending", expiresAt: min(60) }, min(10), min(9))).toBe(false);
    expect(isDue({ status: "approved", expiresAt: min(60) }, min(10), min(10))).toBe(false);
    expect(isDue({ status: "pending", expiresAt: min(10) }, min(10), min(10))).toBe(false);
    expect(isDue({ status: "pending", expiresAt: min(60) }, null, min(10))).toBe(false);
  });
});
