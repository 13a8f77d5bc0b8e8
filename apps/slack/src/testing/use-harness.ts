import { afterAll, beforeAll, beforeEach } from "vitest";
import { createTestDatabase, type TestDatabase } from "@countersign/db/testing";
import { startHarness, type Harness, type HarnessOptions } from "./harness.js";

/**
 * Gives the enclosing describe a harness on a fresh database: started before its tests, closed
 * after them, with the fake Slack's record cleared before each test.
 *
 * @example
 * let h: Harness;
 * let database: TestDatabase;
 * useHarness((started) => ({ h, database } = started));
 */
export function useHarness(
  onStart: (started: { h: Harness; database: TestDatabase }) => void,
  options: Omit<HarnessOptions, "databaseUrl" | "db"> = {},
): void {
  let database: TestDatabase | undefined;
  let h: Harness | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
    h = await startHarness({ ...options, databaseUrl: database.url, db: database.prisma });
    onStart({ h, database });
  });
  afterAll(async () => {
    await h?.close();
    await database?.close();
  });
  beforeEach(() => h?.fake.reset());
}
