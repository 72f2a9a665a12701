/**
 * @packageDocumentation
 * `@contactkit/mluvii-webhooks/manifest`: this package's families for the event catalog and the `contactkit` CLI.
 */
import { defineFamilyManifest, defineManifest, type PackageManifest } from "@contactkit/core/manifest";
import { mluviiWebhooks } from "@contactkit/mluvii-webhooks";

/** This package's families, for the event catalog and the `contactkit` CLI. */
export const manifest: PackageManifest = defineManifest({
  package: "@contactkit/mluvii-webhooks",
  families: [
    defineFamilyManifest({
      family: mluviiWebhooks,
      description: "mluvii Public API webhooks ({eventType, data})",
      vendorDocs: "https://docs.mluvii.com/en/for-it-specialists/public-api/webhooks",
      vendorModel: "`mluvii/mluvii.ApiModels@9529d719068231b823de64ccbd7e08dd424cb9e4` (C#)",
      // `eventType` is the most specific discriminator of all families.
      detection: { order: 10 },
      testing: async () => {
        const t = await import("./testing");
        return {
          event: (type, options) => t.createTestEvent(type as never, undefined, options),
          body: (type, event) => t.createTestEvent(type as never, event as never),
          request: (body, options) => t.createTestRequest(body, options),
        };
      },
    }),
  ],
});
