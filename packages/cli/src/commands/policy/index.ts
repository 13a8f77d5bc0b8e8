// `countersign policy …`: validate, test, explain and simulate policies.
import { commandGroup } from "../../command.js";
import { explainCommand } from "./explain.js";
import { simulateCommand } from "./simulate.js";
import { testCommand } from "./test.js";
import { validateCommand } from "./validate.js";

export const policyCommand = commandGroup("policy", "Validate, test and explain policies", [validateCommand, testCommand, explainCommand, simulateCommand]);
