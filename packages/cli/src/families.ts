import { ccaiQmEvents } from "@contactkit/ccai-qm-chat";
import type { EventFamily } from "@contactkit/core";
import { expertflowCim, prepareStudioInput } from "@contactkit/expertflow-cim";
import { mluviiChatbotCallbacks, mluviiChatbotRequests } from "@contactkit/mluvii-chatbot";
import { mluviiWebhooks } from "@contactkit/mluvii-webhooks";

/** An event family as the CLI sees it: any vendor, any event map. */
export type AnyEventFamily = EventFamily<object>;

/** One family the CLI knows, with how it validates. */
export interface KnownFamily {
  /** The family (`vendor` and `family` name it). */
  readonly family: AnyEventFamily;
  /** A one-line description for help and the schema index. */
  readonly description: string;
  /**
   * Whether this family is always validated strictly. Outbound chatbot requests are: the SDK refuses to send
   * anything its strict schemas reject (strict writer), so `inspect` says the same.
   */
  readonly alwaysStrict: boolean;
  /**
   * For a family whose discriminator almost any object satisfies: whether a payload of a type the family does not
   * know still looks like one of its events. Without it, a readable type is enough.
   */
  readonly claimsUnknown?: (value: unknown) => boolean;
}

/**
 * Expertflow discriminates on `name`, which countless objects have: an unknown `name` is claimed only when the
 * payload arrived in a Studio envelope or carries a CIM `eventEmitter`.
 */
function looksLikeCimEvent(value: unknown): boolean {
  const prepared = prepareStudioInput(value);
  return prepared !== null && typeof prepared === "object" && ("envelope" in prepared || "eventEmitter" in prepared);
}

/**
 * Every family the CLI inspects and exports, most specific discriminator first: `eventType` (mluvii webhooks),
 * `activity` (chatbot callbacks, then the requests a bot sends — a guest `Text` callback and a bot `Text`
 * request look alike, and a payload arriving at a callback URL is the likelier capture), CCAI's `chat_id` /
 * `{type, item}` shapes, and last Expertflow's `name`, which almost any object could carry.
 */
export const KNOWN_FAMILIES: readonly KnownFamily[] = Object.freeze([
  {
    family: mluviiWebhooks as AnyEventFamily,
    description: "mluvii Public API webhooks ({eventType, data})",
    alwaysStrict: false,
  },
  {
    family: mluviiChatbotCallbacks as AnyEventFamily,
    description: "activities mluvii POSTs to an API chatbot's callback URL",
    alwaysStrict: false,
  },
  {
    family: mluviiChatbotRequests as AnyEventFamily,
    description: "activities an API chatbot sends to mluvii (validated strictly)",
    alwaysStrict: true,
  },
  {
    family: ccaiQmEvents as AnyEventFamily,
    description: "Google CCAI Platform QM export (ChatState, AgentState, CallState)",
    alwaysStrict: false,
  },
  {
    family: expertflowCim as AnyEventFamily,
    description: "Expertflow CX CIM events (Node-RED msg, controller body or bare cimEvent)",
    alwaysStrict: false,
    claimsUnknown: looksLikeCimEvent,
  },
]);

/**
 * The known family a name designates: its family name (`chatbot-requests`) or `vendor/family`
 * (`mluvii/chatbot-requests`), case-insensitive; `undefined` when none does.
 */
export function findFamily(name: string, families: readonly KnownFamily[] = KNOWN_FAMILIES): KnownFamily | undefined {
  const wanted = name.trim().toLowerCase();
  return families.find(({ family }) =>
    [family.family, `${family.vendor}/${family.family}`].some((alias) => alias.toLowerCase() === wanted),
  );
}

/** Every name {@link findFamily} accepts, for help and error messages. */
export function familyNames(families: readonly KnownFamily[] = KNOWN_FAMILIES): string[] {
  return families.map(({ family }) => family.family);
}
