import { defineTestEventFactory, type TestEventFactory } from "@contactkit/core/testing";
import { type MluviiWebhookEventMap, mluviiWebhooks } from "@contactkit/mluvii-webhooks";
import { MLUVII_WEBHOOK_EXAMPLES } from "./examples";

/**
 * The factory behind `createTestEvent` and `arbitraryEvent`. Ids that are new per event — sessions, activities,
 * threads, files — are redrawn in mluvii's sizes (7-digit sessions, 8-digit activities); tenant, operator, group
 * and chatbot ids stay as in the example, the way they would in one mluvii account.
 */
export const mluviiWebhookTestEvents: TestEventFactory<MluviiWebhookEventMap> = defineTestEventFactory({
  family: mluviiWebhooks,
  examples: MLUVII_WEBHOOK_EXAMPLES,
  idKeys: ["id", "sessionId", "activityId", "originalActivityId"],
});
