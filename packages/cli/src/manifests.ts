/**
 * The vendor packages the CLI ships with, by their manifests. Adding a vendor to the CLI is a dependency line in
 * package.json and an import here; everything else (detection order, help, schema export, `trigger`) comes from
 * the manifest. A test checks that every `@contactkit/*` dependency with a `./manifest` export is listed.
 */
import { manifest as ccaiQmChat } from "@contactkit/ccai-qm-chat/manifest";
import type { PackageManifest } from "@contactkit/core/manifest";
import { manifest as expertflowCim } from "@contactkit/expertflow-cim/manifest";
import { manifest as mluviiChatbot } from "@contactkit/mluvii-chatbot/manifest";
import { manifest as mluviiWebhooks } from "@contactkit/mluvii-webhooks/manifest";

/** The manifest of every vendor package the CLI ships with. */
export const PACKAGE_MANIFESTS: readonly PackageManifest[] = Object.freeze([
  ccaiQmChat,
  expertflowCim,
  mluviiChatbot,
  mluviiWebhooks,
]);
