/**
 * The logic of a Conversation Studio function node, written as a typed module (see docs/node-red.md). In the
 * function node: `return cimHandlers.onStudioMsg(msg, node);` with this module added on the node's Setup tab.
 */
import { expertflowCim, redact, type StudioMsg } from "@contactkit/expertflow-cim";

/** The part of Node-RED's `node` object a function node uses here. */
export interface FunctionNode {
  warn(message: string): void;
  log(message: string): void;
}

/** Routes one Studio message; returns the msg to send on, or `null` to stop the flow. */
export function onStudioMsg(msg: StudioMsg, node: FunctionNode): StudioMsg | null {
  // Parse msg.payload, never msg: msg.req / msg.res are live, cyclic HTTP objects.
  const r = expertflowCim.safeParse(msg.payload);
  if (!r.ok) {
    node.warn(r.error.message); // names paths, never payload values
    return null;
  }
  for (const warning of r.warnings) node.warn(`${warning.code}: ${warning.message}`);
  if (!r.known) {
    node.log(`unhandled CIM event ${r.type}`);
    return msg;
  }
  switch (r.type) {
    case "TASK_ENQUEUED":
      msg.queueName = r.event.data.queue.name;
      msg.taskState = r.event.data.task.state.name;
      return msg;
    case "AGENT_UNSUBSCRIBED":
      msg.unsubscribeReason = r.event.data.reason;
      return msg;
    case "CONVERSATION_STARTED":
      msg.channelType = r.event.channelSession.channel.channelType.name;
      return msg;
    case "AGENT_SLA_EXPIRED":
    case "CUSTOMER_SLA_EXPIRED":
      node.log(JSON.stringify(redact(r.event.data.customer)));
      msg.conversationState = r.event.data.state;
      return msg;
    default:
      return msg;
  }
}
