/**
 * `contactkit simulate --fault <spec>`: a fault in one flag, `<route>:<kind>[=<value>][,<key>=<value>…]`:
 *
 *   chatbot-activity:status=429,retry-after=1,activity=GetAvailableGroups
 *   chatbot-activity:drop=after-processing,activity=Text
 *   bot-callback:drop,activity=GetCallParamsResponse
 *   bot-callback:latency=2500,activity=Text,times=every
 *   webhook-delivery:duplicate,event=SessionEnded
 *   webhook-delivery:out-of-order
 *   token:status=503
 */
import type { FaultSpec } from "@contactkit/mluvii-simulator";
import { UsageError } from "./commands/context";

const INBOUND = ["token", "chatbot-activity", "webhooks-api"];
const OUTBOUND = ["bot-callback", "webhook-delivery"];
const KINDS: Record<string, readonly string[]> = {
  inbound: ["status", "latency", "drop"],
  outbound: ["latency", "drop", "duplicate", "out-of-order"],
};

const int = (flag: string, name: string, value: string | undefined): number => {
  if (value === undefined || !/^\d+$/.test(value))
    throw new UsageError(`--fault ${flag}: ${name} needs a whole number`);
  return Number(value);
};

/** Parses one `--fault` value into a `FaultSpec`, or throws a `UsageError` saying what is wrong. */
export function parseFaultFlag(flag: string): FaultSpec {
  const colon = flag.indexOf(":");
  const route = colon < 0 ? flag : flag.slice(0, colon);
  const side = INBOUND.includes(route) ? "inbound" : OUTBOUND.includes(route) ? "outbound" : undefined;
  if (!side) throw new UsageError(`--fault ${flag}: the route must be one of ${[...INBOUND, ...OUTBOUND].join(", ")}`);
  const [head = "", ...options] = (colon < 0 ? "" : flag.slice(colon + 1)).split(",");
  const [kind = "", value] = head.split("=", 2) as [string, string | undefined];
  if (!KINDS[side]?.includes(kind)) {
    throw new UsageError(`--fault ${flag}: on ${route} the kind is one of ${KINDS[side]?.join(", ")}`);
  }
  const spec: Record<string, unknown> = { route, kind };
  if (kind === "status") spec.status = int(flag, "status", value);
  if (kind === "latency") spec.ms = int(flag, "latency", value);
  if (kind === "drop" && value !== undefined) {
    if (side !== "inbound" || !["before-read", "after-read", "after-processing"].includes(value)) {
      throw new UsageError(`--fault ${flag}: drop takes before-read, after-read or after-processing on inbound routes`);
    }
    spec.when = value;
  }
  if (kind === "status" && !(Number(spec.status) >= 400 && Number(spec.status) <= 599)) {
    throw new UsageError(`--fault ${flag}: status must be between 400 and 599`);
  }
  for (const option of options) {
    const [key = "", v] = option.split("=", 2) as [string, string | undefined];
    if (v === undefined || v === "") throw new UsageError(`--fault ${flag}: "${option}" needs a value (key=value)`);
    const list = v.split("|");
    if (key === "activity") spec.activity = list.length === 1 ? v : list;
    else if (key === "event") spec.eventType = list.length === 1 ? v : list;
    else if (key === "times") spec.times = v === "every" ? Number.POSITIVE_INFINITY : int(flag, "times", v);
    else if (key === "retry-after" && kind === "status") spec.retryAfter = int(flag, "retry-after", v);
    else if (key === "hold" && kind === "out-of-order") spec.holdMs = int(flag, "hold", v);
    else throw new UsageError(`--fault ${flag}: unknown option "${key}" (activity, event, times, retry-after, hold)`);
  }
  if (spec.times === 0) throw new UsageError(`--fault ${flag}: times must be at least 1`);
  return spec as unknown as FaultSpec;
}
