import { type CcaiQmEventMap, ccaiQmEvents } from "@contactkit/ccai-qm-chat";
import { defineTestEventFactory, type TestEventFactory } from "@contactkit/core/testing";
import { CCAI_QM_EXAMPLES } from "./examples";

/**
 * The factory behind `createTestEvent`: a fresh chat id (sized like the examples'), carrier media ids (`MB` + 32
 * hex digits) and call id per item; agents and queues stay those of the examples.
 */
export const ccaiQmTestEvents: TestEventFactory<CcaiQmEventMap> = defineTestEventFactory({
  family: ccaiQmEvents,
  examples: CCAI_QM_EXAMPLES,
  idKeys: ["chat_id", "media_id", "event_id", "CallID"],
});
