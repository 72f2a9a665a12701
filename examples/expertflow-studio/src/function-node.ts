/**
 * The typed logic behind a Conversation Studio function node. In the node (Setup → Modules: this module as
 * `handlers`): `return handlers.onStudioMsg(msg, node);`. `msg` is the Node-RED message, live `req`/`res` included.
 */
import { expertflowCim, redact, type StudioMsg } from "@contactkit/expertflow-cim";

/** The part of Node-RED's `node` a function uses. */
export interface NodeApi {
  warn(message: string): void;
}

export function onStudioMsg(
  msg: StudioMsg & Record<string, unknown>,
  node: NodeApi,
): (StudioMsg & Record<string, unknown>) | null {
  const r = expertflowCim.safeParse(msg);
  if (!r.ok) {
    node.warn(r.error.message); // names the JSON path, never the customer's data
    return null;
  }
  for (const warning of r.warnings) node.warn(warning.message); // e.g. intent ≠ cimEvent.name
  if (!r.known) return msg; // a CIM event newer than this package: still a value (r.event.raw)
  switch (r.type) {
    case "TASK_ENQUEUED":
      msg.queueName = r.event.data.queue.name;
      msg.taskState = r.event.data.task.state.name;
      return msg;
    case "FIND_AGENT":
      msg.queue = r.event.data.queue?.value ?? "default";
      return msg;
    case "CUSTOMER_SLA_EXPIRED":
      node.warn(`customer SLA expired: ${JSON.stringify(redact(r.event.data.customer))}`);
      return msg;
    default:
      return msg;
  }
}
