import { defineTestEventFactory, type TestEventFactory } from "@contactkit/core/testing";
import {
  type MluviiChatbotCallbackMap,
  type MluviiChatbotRequestMap,
  mluviiChatbotCallbacks,
  mluviiChatbotRequests,
} from "@contactkit/mluvii-chatbot";
import { MLUVII_CALLBACK_EXAMPLES, MLUVII_REQUEST_EXAMPLES } from "./examples";

/** The factory behind `createTestEvent`: callbacks with a fresh 7-digit session id each. */
export const mluviiCallbackTestEvents: TestEventFactory<MluviiChatbotCallbackMap> = defineTestEventFactory({
  family: mluviiChatbotCallbacks,
  examples: MLUVII_CALLBACK_EXAMPLES,
  idKeys: ["sessionId"],
});

/** The factory behind `createTestChatbotRequest`: validated strictly, as the client validates before sending. */
export const mluviiRequestTestEvents: TestEventFactory<MluviiChatbotRequestMap> = defineTestEventFactory({
  family: mluviiChatbotRequests,
  examples: MLUVII_REQUEST_EXAMPLES,
  idKeys: ["sessionId"],
  parse: { strict: true },
});
