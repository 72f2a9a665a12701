/**
 * @packageDocumentation
 * `@contactkit/expertflow-cim/manifest`: this package's family for the event catalog and the `contactkit` CLI.
 */
import { defineFamilyManifest, defineManifest, type PackageManifest } from "@contactkit/core/manifest";
import { expertflowCim, prepareStudioInput } from "@contactkit/expertflow-cim";

/**
 * Expertflow discriminates on `name`, which countless objects have: an unknown `name` is claimed only when the
 * payload arrived in a Studio envelope or carries a CIM `eventEmitter`.
 */
function looksLikeCimEvent(value: unknown): boolean {
  const prepared = prepareStudioInput(value);
  return prepared !== null && typeof prepared === "object" && ("envelope" in prepared || "eventEmitter" in prepared);
}

/** This package's families, for the event catalog and the `contactkit` CLI. */
export const manifest: PackageManifest = defineManifest({
  package: "@contactkit/expertflow-cim",
  families: [
    defineFamilyManifest({
      family: expertflowCim,
      description: "Expertflow CX CIM events (Node-RED msg, controller body or bare cimEvent)",
      vendorDocs: "https://docs.expertflow.com/cx-knowledgebase/latest/init",
      vendorModel:
        "`expertflow/object-model` (Java classes under `src/main/java/com/ef/cim/objectmodel/`, JSON Schemas under `schemas/v1/`; the changelog in its `README.md` dates each field)",
      // Last: `name` is a discriminator almost any object could carry.
      detection: { order: 90, claimsUnknown: looksLikeCimEvent },
      testing: async () => {
        const t = await import("./testing");
        return {
          event: (type, options) => t.createTestEvent(type as never, undefined, options),
          // The CIM controller POSTs a controller body around the event.
          body: (type, event) => t.createTestControllerBody(type as never, event as never),
          request: (body, options) => t.createTestRequest(body, options),
        };
      },
    }),
  ],
});
