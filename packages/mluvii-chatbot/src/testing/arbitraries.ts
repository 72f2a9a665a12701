/**
 * @packageDocumentation
 * `@contactkit/mluvii-chatbot/testing/arbitraries`: fast-check arbitraries of valid API-chatbot activities. Needs
 * `fast-check` (an optional peer dependency of this package).
 */
import type { DeepPartial } from "@contactkit/core/testing";
import { arbitraryOf, arbitraryOfAny } from "@contactkit/core/testing/arbitraries";
import type {
  MluviiChatbotCallback,
  MluviiChatbotCallbackMap,
  MluviiChatbotRequest,
  MluviiChatbotRequestKind,
  MluviiChatbotRequestMap,
} from "@contactkit/mluvii-chatbot";
import type * as fc from "fast-check";
import { mluviiCallbackTestEvents, mluviiRequestTestEvents } from "./factory";

/**
 * Valid callbacks of `type` (or of any type, without one), as mluvii POSTs them: session ids drawn per run, and the
 * fields mluvii may leave out or send as `null` (`language`, `source`, `errorMessage` …) sometimes absent or `null`.
 *
 * @example
 * fc.assert(fc.asyncProperty(arbitraryEvent("Text"), async (text) => { await bot.onText(text); }));
 */
export function arbitraryEvent<K extends keyof MluviiChatbotCallbackMap>(
  type: K,
  overrides?: DeepPartial<MluviiChatbotCallbackMap[K]>,
): fc.Arbitrary<MluviiChatbotCallbackMap[K]>;
export function arbitraryEvent(): fc.Arbitrary<MluviiChatbotCallback>;
export function arbitraryEvent<K extends keyof MluviiChatbotCallbackMap>(
  type?: K,
  overrides?: DeepPartial<MluviiChatbotCallbackMap[K]>,
): fc.Arbitrary<MluviiChatbotCallbackMap[K]> | fc.Arbitrary<MluviiChatbotCallback> {
  return type === undefined
    ? arbitraryOfAny(mluviiCallbackTestEvents)
    : arbitraryOf(mluviiCallbackTestEvents, type, overrides);
}

/**
 * Valid activities a bot sends of `kind` (or of any kind), each passing the strict outbound schemas, with optional
 * fields (`groupId`, `selectedLanguage` …) sometimes left out.
 */
export function arbitraryChatbotRequest<K extends MluviiChatbotRequestKind>(
  kind: K,
  overrides?: DeepPartial<MluviiChatbotRequestMap[K]>,
): fc.Arbitrary<MluviiChatbotRequestMap[K]>;
export function arbitraryChatbotRequest(): fc.Arbitrary<MluviiChatbotRequest>;
export function arbitraryChatbotRequest<K extends MluviiChatbotRequestKind>(
  kind?: K,
  overrides?: DeepPartial<MluviiChatbotRequestMap[K]>,
): fc.Arbitrary<MluviiChatbotRequestMap[K]> | fc.Arbitrary<MluviiChatbotRequest> {
  return kind === undefined
    ? arbitraryOfAny(mluviiRequestTestEvents)
    : arbitraryOf(mluviiRequestTestEvents, kind, overrides);
}
