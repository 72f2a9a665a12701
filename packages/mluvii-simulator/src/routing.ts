/** What happens when the bot lets go of a session: forwarding, hand-off to routing, the operator joining, the end. */
import type { SimulatorContext } from "./context";
import { note, type SessionRecord } from "./session-record";
import { activityEvent, sessionEvents } from "./webhook-events";

/** Where a session goes: a group, an operator, or routing (`HandOff`: the first `ONLINE` group). */
export type RoutingTarget = { operatorGroupId: number } | { userId: number } | { handOff: true };

/** Resolves the target to a group and the operator who will join; `undefined` for an unknown group or operator. */
export function resolveTarget(ctx: SimulatorContext, target: RoutingTarget) {
  const { groups, operators } = ctx.data;
  if ("userId" in target) {
    const operator = operators.find((o) => o.userId === target.userId);
    return operator ? { group: undefined, operator } : undefined;
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
  note(record, { from: "system", activity: "SessionForwarded" });
  if (!operator) return;
  void ctx.tracker.sleep(ctx.settings.operatorJoinDelayMs).then((slept) => {
    if (!slept || record.state !== "queued") return;
    record.state = "operator";
    record.operatorId = operator.userId;
    ctx.emitWebhook(sessionEvents.operator("SessionOperatorJoined", record.facts, operator.userId));
    note(record, { from: "operator", activity: "SessionOperatorJoined", text: operator.displayName });
  });
}

/** Ends the session: activity + `SessionEnded`, and the operator's left/concluded events when one had joined. */
export function endSession(
  ctx: SimulatorContext,
  record: SessionRecord,
  reason: "GuestLeft" | "ChatbotLeft",
  client: "Guest" | "Chatbot",
): void {
  record.state = "ended";
  record.uploadPromptOpen = false;
  ctx.emitWebhook(
    activityEvent("SessionEnded", record.facts.id, ctx.nextActivityId(), {
      client,
      terminationReason: reason,
      ...(client === "Chatbot" ? { chatbotId: ctx.settings.chatbotId } : {}),
    }),
  );
  ctx.emitWebhook(sessionEvents.ended(record.facts, record.started));
  if (record.operatorId !== null) {
    ctx.emitWebhook(sessionEvents.operator("SessionOperatorLeft", record.facts, record.operatorId));
    ctx.emitWebhook(sessionEvents.operator("SessionOperatorConcluded", record.facts, record.operatorId));
  }
  note(record, { from: client === "Guest" ? "guest" : "bot", activity: "SessionEnded", text: reason });
}
