/** What happens when the bot lets go of a session: forwarding, hand-off to routing, the operator joining, the end. */
import type { SessionTerminationReason } from "@contactkit/mluvii-webhooks";
import type { SimulatorContext } from "./context";
import type { SimulatedOperator } from "./data";
import { note, type SessionRecord, show } from "./session-record";
import { activityEvent, sessionEvents } from "./webhook-events";

/** Where a session goes: a group, an operator, or routing (`HandOff`: the first `ONLINE` group). */
export type RoutingTarget = { operatorGroupId: number } | { userId: number } | { handOff: true };

/** Resolves the target to a group and the operator who will join; `undefined` for an unknown group or operator. */
export function resolveTarget(ctx: SimulatorContext, target: RoutingTarget) {
  const { groups, operators } = ctx.data;
  if ("userId" in target) {
    const operator = operators.find((o) => o.userId === target.userId);
    return operator ? { group: undefined, operator: operator.available === false ? undefined : operator } : undefined;
  }
  const group =
    "handOff" in target
      ? (groups.find((g) => g.groupState === "ONLINE") ?? groups[0])
      : groups.find((g) => g.groupId === target.operatorGroupId);
  if (!group) return "handOff" in target ? { group: undefined, operator: undefined } : undefined;
  const operator = operators.find((o) => o.groupIds.includes(group.groupId) && o.available !== false);
  return { group, operator };
}

/**
 * Takes the session from the bot: `SessionForwarded` (+ `SessionActivitySessionForwarded` for an explicit
 * forward), then — after `operatorJoinDelayMs` — `SessionOperatorJoined` if an operator is available.
 */
export function leaveBot(ctx: SimulatorContext, record: SessionRecord, target: RoutingTarget): void {
  const resolved = resolveTarget(ctx, target);
  const group = resolved?.group;
  const operator = resolved?.operator;
  record.state = "queued";
  record.typing = false;
  const chatbotId = ctx.settings.chatbotId;
  ctx.emitWebhook(
    sessionEvents.forwarded(record.facts, {
      userId: "userId" in target ? target.userId : null,
      operatorGroupId: group?.groupId ?? null,
      chatbotId: null,
    }),
  );
  if (!("handOff" in target)) {
    ctx.emitWebhook(
      activityEvent("SessionForwarded", record.facts.id, ctx.nextActivityId(), {
        client: "Chatbot",
        chatbotId,
        toGroupId: group?.groupId ?? null,
        toGroupName: group?.displayName ?? null,
        toOperatorUserId: "userId" in target ? target.userId : null,
        toOperatorFullName: "userId" in target ? (operator?.displayName ?? null) : null,
      }),
    );
  }
  const where =
    "userId" in target
      ? `operator ${operator?.displayName ?? target.userId}`
      : group
        ? `group ${group.displayName} (${group.groupState})`
        : "routing (no group)";
  const how = "handOff" in target ? "Handed off to routing" : "Forwarded";
  show(record, "system", {
    kind: "notice",
    text: `${how}: ${where}. ${operator ? `${operator.displayName} will join.` : "No operator is available; the guest waits in the queue."}`,
  });
  note(record, { from: "system", activity: "SessionForwarded" });
  if (!operator) return;
  void ctx.tracker.sleep(ctx.settings.operatorJoinDelayMs).then((slept) => {
    if (slept && record.state === "queued") operatorJoins(ctx, record, operator);
  });
}

/** An operator takes the session: `SessionOperatorJoined`. */
export function operatorJoins(ctx: SimulatorContext, record: SessionRecord, operator: SimulatedOperator): void {
  record.state = "operator";
  record.operatorId = operator.userId;
  ctx.emitWebhook(sessionEvents.operator("SessionOperatorJoined", record.facts, operator.userId));
  show(record, "system", { kind: "notice", text: `${operator.displayName} joined the chat.` });
  note(record, { from: "operator", activity: "SessionOperatorJoined", text: operator.displayName });
}

/** Who ends a session, and why (`SessionActivitySessionEnded.terminationReason`). */
export interface SessionEnding {
  readonly reason: SessionTerminationReason;
  /** `Guest`, `Chatbot`, `User` (an operator), or `null` (the platform). */
  readonly client: "Guest" | "Chatbot" | "User" | null;
}

/** Ends the session: activity + `SessionEnded`, and the operator's left/concluded events when one had joined. */
export function endSession(ctx: SimulatorContext, record: SessionRecord, ending: SessionEnding): void {
  const { reason, client } = ending;
  record.state = "ended";
  record.uploadPromptOpen = false;
  record.typing = false;
  record.locationRequest = null;
  ctx.emitWebhook(
    activityEvent("SessionEnded", record.facts.id, ctx.nextActivityId(), {
      client,
      terminationReason: reason,
      ...(client === "Chatbot" ? { chatbotId: ctx.settings.chatbotId } : {}),
      ...(client === "User" && record.operatorId !== null ? { userId: record.operatorId } : {}),
    }),
  );
  ctx.emitWebhook(sessionEvents.ended(record.facts, record.started));
  if (record.operatorId !== null) {
    ctx.emitWebhook(sessionEvents.operator("SessionOperatorLeft", record.facts, record.operatorId));
    ctx.emitWebhook(sessionEvents.operator("SessionOperatorConcluded", record.facts, record.operatorId));
  }
  const who = { Guest: "The guest left", Chatbot: "The bot ended the conversation", User: "The operator left" };
  show(record, "system", { kind: "notice", text: `${client ? who[client] : "The session was ended"} (${reason}).` });
  const from = client === "Guest" ? "guest" : client === "Chatbot" ? "bot" : client === "User" ? "operator" : "system";
  note(record, { from, activity: "SessionEnded", text: reason });
}
