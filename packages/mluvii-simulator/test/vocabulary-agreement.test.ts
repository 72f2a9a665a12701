/**
 * mluvii-chatbot and mluvii-webhooks each carry mluvii's `SessionSource` list (neither depends on the other, so a
 * bot does not install the 49 webhook events). The simulator sends both, so this is where they must agree.
 */
import { SESSION_SOURCES } from "@contactkit/mluvii-chatbot";
import { sessionSources } from "@contactkit/mluvii-webhooks";
import { describe, expect, it } from "vitest";

describe("mluvii vocabulary shared by the chatbot and webhook packages", () => {
  it("lists the same session sources, in the same order", () => {
    expect([...SESSION_SOURCES]).toEqual([...sessionSources]);
  });
});
