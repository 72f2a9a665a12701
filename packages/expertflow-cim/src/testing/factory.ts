import { defineTestEventFactory, type TestEventFactory } from "@contactkit/core/testing";
import { type ExpertflowCimEventMap, expertflowCim } from "@contactkit/expertflow-cim";
import { EXPERTFLOW_CIM_EXAMPLES } from "./examples";

/**
 * The factory behind `createTestEvent`: per event a fresh event id, conversation and room, channel session,
 * customer, task and participant ids (24-hex ObjectIds and UUIDs, as Expertflow's), consistent wherever the same id
 * recurs; system emitters, channels, queues and agents keep the ids of the examples, as they would in one deployment.
 * Epoch-millisecond timestamps (`timestamp`, `joiningTime`, `enqueueTime` …) move to now.
 */
export const expertflowCimTestEvents: TestEventFactory<ExpertflowCimEventMap> = defineTestEventFactory({
  family: expertflowCim,
  examples: EXPERTFLOW_CIM_EXAMPLES,
  idKeys: [
    "$.id",
    "$.data.id",
    "conversationId",
    "roomInfo.id",
    "channelSession.id",
    "requestSession.id",
    "channelSessions.id",
    "customer._id",
    "task.id",
    "taskId",
    "activeMedia.id",
    "participants.id",
    "conversationParticipant.id",
    "agentParticipant.id",
    "requestedMessage.id",
  ],
});
