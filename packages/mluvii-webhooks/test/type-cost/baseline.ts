/** Type-cost baseline: imports what `consumer.ts` imports and does nothing with it. */
import type { createRouter } from "@contactkit/core";
import type { MluviiWebhookEvent, mluviiWebhooks, sessionIdOf } from "@contactkit/mluvii-webhooks";

export type Baseline = [typeof createRouter, MluviiWebhookEvent, typeof mluviiWebhooks, typeof sessionIdOf];
