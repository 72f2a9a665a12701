/**
 * The typed logic behind a Conversation Studio function node. In the node (Setup → Modules: this module as
 * `handlers`): `return handlers.onStudioMsg(msg, node);`. `msg` is the Node-RED message, live `req`/`res` included.
 */
import { expertflowCim, redact, type StudioMsg } from "@contactkit/expertflow-cim";

/** The part of Node-RED's `node` a function uses. */
export interface NodeApi {
  warn(message: string): void;
  log(message: string): void;
}

/** Routes one Studio message; returns the msg to send on, or `null` to stop the flow. */
export function onStudioMsg(
  msg: StudioMsg & Record<string, unknown>,
  node: NodeApi,
): (StudioMsg & Record<string, unknown>) | null {
  // msg itself is fine: its live, cyclic req/res are not walked, only the Studio payload is checked.
  const r = expertflowCim.safeParse(msg);
  if (!r.ok) {
    node.warn(r.error.message); // names the JSON path, never the customer's data
    return null;
  }
  for (const warning of r.warnings) node.warn(`${warning.code}: ${warning.message}`); // e.g. intent ≠ cimEvent.name
  if (!r.known) {
    node.log(`unhandled CIM event ${r.type}`); // newer than this package: still a value (r.event.raw)
    return msg;
  }
  switch (r.type) {
    case "TASK_ENQUEUED":
      msg.queueName = r.event.data?.queue?.name; // the vendor's model lets these be null
      msg.taskState = r.event.data?.task?.state?.name;
      return msg;
    case "FIND_AGENT":
      msg.queue = r.event.data?.queue?.value ?? "default";
      return msg;
    case "AGENT_UNSUBSCRIBED":
      msg.unsubscribeReason = r.event.data?.reason; // at cimEvent.data.reason, not payload.data.reason
      return msg;
    case "CONVERSATION_STARTED": // an intent with no cimEvent: entities.channelSession
      msg.channelType = r.event.channelSession.channel?.channelType?.name;
      return msg;
    case "AGENT_SLA_EXPIRED":
    case "CUSTOMER_SLA_EXPIRED": // data is the whole Conversation
      node.log(JSON.stringify(redact(r.event.data?.customer)));
      msg.conversationState = r.event.data?.state;
      return msg;
    default:
      return msg;
  }
}
