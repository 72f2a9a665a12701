/**
 * @packageDocumentation
 * `@contactkit/ccai-qm-chat/manifest`: this package's family for the event catalog and the `contactkit` CLI.
 */
import { ccaiQmEvents } from "@contactkit/ccai-qm-chat";
import { defineFamilyManifest, defineManifest, type PackageManifest } from "@contactkit/core/manifest";

/** This package's families, for the event catalog and the `contactkit` CLI. */
export const manifest: PackageManifest = defineManifest({
  package: "@contactkit/ccai-qm-chat",
  families: [
    defineFamilyManifest({
      family: ccaiQmEvents,
      description: "Google CCAI Platform QM export (ChatState, AgentState, CallState)",
      vendorDocs: "https://cloud.google.com/contact-center/ccai-platform/docs/qm-chat-session-data",
      // `chat_id` / `{type, item}` shapes: after mluvii's discriminators, before Expertflow's `name`.
      detection: { order: 40 },
      testing: async () => {
        const t = await import("./testing");
        return {
          event: (type, options) => t.createTestEvent(type as never, undefined, options),
          // The export wraps each item as `{type, item}`; `bare` sends the item alone, as the export may.
          body: (type, event, { bare }) =>
            bare
              ? t.createTestEvent(type as never, event as never)
              : t.createTestEnvelope(type as never, event as never),
          request: (body, options) => t.createTestRequest(body, options),
        };
      },
    }),
  ],
});
