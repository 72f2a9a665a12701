/**
 * @packageDocumentation
 * `@contactkit/mluvii-chatbot/manifest`: this package's families for the event catalog and the `contactkit` CLI.
 */
import { defineFamilyManifest, defineManifest, type PackageManifest } from "@contactkit/core/manifest";
import { mluviiChatbotCallbacks, mluviiChatbotRequests } from "@contactkit/mluvii-chatbot";

const vendorDocs = "https://docs.mluvii.com/en/for-it-specialists/chatbot-connection/supported-activities-and-events";
const vendorModel = "`mluvii/mluvii.Chatbot.ChannelActivities@16a8fad83e8ed86de00921b1be6d3fb1bc3a2b58` (C#)";
const loadTesting = () => import("./testing");

/** This package's families, for the event catalog and the `contactkit` CLI. */
export const manifest: PackageManifest = defineManifest({
  package: "@contactkit/mluvii-chatbot",
  families: [
    defineFamilyManifest({
      family: mluviiChatbotCallbacks,
      description: "activities mluvii POSTs to an API chatbot's callback URL",
      vendorDocs,
      vendorModel,
      // `activity`, after mluvii webhooks' `eventType`; before the requests a bot sends, because a guest's `Text`
      // callback and a bot's `Text` request look alike and a payload arriving at a callback URL is the likelier capture.
      detection: { order: 20 },
      testing: async () => {
        const t = await loadTesting();
        return {
          event: (type, options) => t.createTestEvent(type as never, undefined, options),
          body: (type, event) => t.createTestEvent(type as never, event as never),
          request: (body, options) => t.createTestRequest(body, options),
        };
      },
    }),
    defineFamilyManifest({
      family: mluviiChatbotRequests,
      description: "activities an API chatbot sends to mluvii (validated strictly)",
      vendorDocs,
      vendorModel,
      // The SDK refuses to send what its strict schemas reject (strict writer), so inspecting one is strict too.
      direction: "outbound",
      detection: { order: 30 },
      // What a bot sends: nobody receives these, so there is no request to make.
      testing: async () => {
        const t = await loadTesting();
        return { event: (type, options) => t.createTestChatbotRequest(type as never, undefined, options) };
      },
    }),
  ],
});
