import { afterAll, beforeAll } from "vitest";
import { createTestDatabase, type TestDatabase } from "@countersign/db/testing";
import { createTestCore, type TestCore } from "./test-core.js";

/**
 * Gives a test file core on a fresh database, started before its tests and closed after them.
 *
 * @example
 * let database: TestDatabase;
 * let core: TestCore;
 * useTestCore((started) => ({ database, core } = started));
 */
export function useTestCore(onStart: (started: { database: TestDatabase; core: TestCore }) => void): void {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
    onStart({ database, core: await createTestCore(database.prisma) });
  });
  afterAll(async () => database?.close());
}
