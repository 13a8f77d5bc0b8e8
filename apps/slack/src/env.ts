// Slack settings, validated at start-up. All optional as a group: with none set the service runs
// without Slack; with some set but not the required ones, start-up fails listing every problem.
import { z } from "zod";

export interface SlackConfig {
  botToken: string;
  signingSecret: string;
  /** Set → Socket Mode (no public URL needed); unset → HTTP mode on the API's router. */
  appToken: string | null;
  /** Web API base URL, ending in "/"; tests and benchmarks point it at a fake. */
  apiUrl: string;
}

const schema = z.object({
  SLACK_BOT_TOKEN: z.string().regex(/^xoxb-/, "must be a bot token (xoxb-…)"),
  SLACK_SIGNING_SECRET: z.string().min(8, "must be the app's signing secret"),
  SLACK_APP_TOKEN: z.string().regex(/^xapp-/, "must be an app-level token (xapp-…)").optional(),
  SLACK_API_URL: z
    .url()
    .default("https://slack.com/api/")
    .transform((url) => (url.endsWith("/") ? url : `${url}/`)),
});

const KEYS = ["SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN", "SLACK_API_URL"] as const;

/**
 * Reads the Slack settings: null when none is set (Slack disabled), the config when they are
 * valid, and an Error listing every problem otherwise.
 *
 * @example const slack = readSlackEnv(process.env); if (slack) createSlackApp({ config: slack, … })
 */
export function readSlackEnv(env: NodeJS.ProcessEnv): SlackConfig | null {
  const present = Object.fromEntries(KEYS.filter((k) => env[k] !== undefined && env[k] !== "").map((k) => [k, env[k]]));
  // The API URL alone (a deployment-wide default, say) does not switch Slack on; a credential does.
  if (!KEYS.some((k) => k !== "SLACK_API_URL" && k in present)) return null;
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid Slack settings: ${problems}`);
  }
  return {
    botToken: parsed.data.SLACK_BOT_TOKEN,
    signingSecret: parsed.data.SLACK_SIGNING_SECRET,
    appToken: parsed.data.SLACK_APP_TOKEN ?? null,
    apiUrl: parsed.data.SLACK_API_URL,
  };
}
