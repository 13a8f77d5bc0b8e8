import { describe, it, expect } from "vitest";
import { readSlackEnv } from "./env.js";

describe("readSlackEnv", () => {
  it("is null when no Slack setting is present", () => {
    expect(readSlackEnv({ PATH: "/bin", SLACK_BOT_TOKEN: "" })).toBeNull();
    expect(readSlackEnv({ SLACK_API_URL: "http://127.0.0.1:9/api/" })).toBeNull();
  });

  it("reads a valid config with defaults", () => {
    expect(readSlackEnv({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "secret-123" })).toEqual({
      botToken: "xoxb-1",
      signingSecret: "secret-123",
      appToken: null,
      apiUrl: "https://slack.com/api/",
    });
    expect(readSlackEnv({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "secret-123", SLACK_APP_TOKEN: "xapp-1", SLACK_API_URL: "http://127.0.0.1:9/api" }))
      .toMatchObject({ appToken: "xapp-1", apiUrl: "http://127.0.0.1:9/api/" });
  });

  it("lists every problem when partly configured", () => {
    expect(() => readSlackEnv({ SLACK_APP_TOKEN: "nope" })).toThrow(/SLACK_BOT_TOKEN.*SLACK_SIGNING_SECRET.*SLACK_APP_TOKEN/);
  });
});
