import type { MluviiChatbotRequestKind, MluviiChatbotResponseActivity, MluviiChatbotResponseMap } from "./event-map";

/**
 * How answers of one `…Response` activity are paired with the requests awaiting them. mluvii's answers carry the
 * session and the activity name but no request id, so the pairing follows what an answer says:
 * - `"shared"`: the answer describes the session's current state (a read). Any answer may serve every read of
 *   that kind and the same parameters pending on that session, so reads never wait for each other and a lost answer
 *   fails at most the read nothing else answers.
 * - `"serial"`: the answer reports the outcome of one request and names nothing that would tell two requests apart,
 *   so at most one request of that kind is in flight per session: the next waits until the previous one was
 *   answered, or failed and its answer can no longer arrive (its timeout plus the correlator's late-response window).
 */
export type ResponseCorrelationMode = "shared" | "serial";

/** One row of the activity table: what the SDK knows about an outbound activity. */
type ActivityRow =
  | { readonly repeatable: boolean }
  | {
      readonly repeatable: boolean;
      readonly response: MluviiChatbotResponseActivity;
      readonly correlation: ResponseCorrelationMode;
    };

/**
 * The one source of what the SDK knows per outbound activity (read-only), from which the response map type
 * ({@link MluviiChatbotResponseOf}), {@link ACTIVITY_TRAITS} and {@link RESPONSE_CORRELATION} are derived:
 * - `repeatable`: safe to repeat — reads are; anything the guest sees twice, or that moves, ends or creates
 *   something, is not (unsafe activities are retried only when the request provably never reached mluvii);
 * - `response`: the `…Response` activity that answers it, if any;
 * - `correlation`: how that answer is paired with the request awaiting it (see {@link ResponseCorrelationMode}).
 *
 * Correlation: no answer is paired by content: in mluvii's models
 * (`mluvii/mluvii.Chatbot.ChannelActivities@16a8fad83e8ed86de00921b1be6d3fb1bc3a2b58`) `SendHeroCardResponse`,
 * `SetCallParamsResponse`, the guest upload and input responses carry only `Success` and `ErrorMessage`;
 * `ShareFileResponse.FileSource` is undocumented (a name, a URL or a kind of source) and `null` on failure;
 * `AssignCrmIdentityResponse.CrmIdentityId` differs from the request whenever a contact is created; and
 * `ChatbotOpenFileUploadPromptResponse` carries only what the guest did. Pairing on any of them could fail every request
 * whose answer does not echo as guessed, so these kinds are serialised per session instead.
 */
export const ACTIVITY_TABLE = Object.freeze({
  Text: { repeatable: false },
  Typing: { repeatable: true },
  Forward: { repeatable: false },
  HandOff: { repeatable: false },
  EndConversation: { repeatable: false },
  GetAvailableOperators: { response: "GetAvailableOperatorsResponse", correlation: "shared", repeatable: true },
  GetAvailableGroups: { response: "GetAvailableGroupsResponse", correlation: "shared", repeatable: true },
  GetCallParams: { response: "GetCallParamsResponse", correlation: "shared", repeatable: true },
  SetCallParams: { response: "SetCallParamsResponse", correlation: "serial", repeatable: true },
  SendGuestOfflineEmail: { repeatable: false },
  GetGuestIdentity: { response: "GetGuestIdentityResponse", correlation: "shared", repeatable: true },
  GetHeroCards: { response: "GetHeroCardsResponse", correlation: "shared", repeatable: true },
  SendHeroCard: { response: "SendHeroCardResponse", correlation: "serial", repeatable: false },
  ChatbotOpenFileUploadPrompt: {
    response: "ChatbotOpenFileUploadPromptResponse",
    correlation: "serial",
    repeatable: false,
  },
  EnableGuestUpload: { response: "EnableGuestUploadResponse", correlation: "serial", repeatable: true },
  DisableGuestUpload: { response: "DisableGuestUploadResponse", correlation: "serial", repeatable: true },
  EnableGuestInput: { response: "GuestInputChangeResponse", correlation: "serial", repeatable: true },
  DisableGuestInput: { response: "GuestInputChangeResponse", correlation: "serial", repeatable: true },
  GetMediaObjects: { response: "GetMediaObjectsResponse", correlation: "shared", repeatable: true },
  ShareFile: { response: "ShareFileResponse", correlation: "serial", repeatable: false },
  ObtainCrmIdentity: { response: "ObtainCrmIdentityResponse", correlation: "shared", repeatable: true },
  AssignCrmIdentity: { response: "AssignCrmIdentityResponse", correlation: "serial", repeatable: false },
  SetTag: { repeatable: true },
  UnsetTag: { repeatable: true },
  RequestLocation: { repeatable: false },
  RichCardList: { repeatable: false },
  message: { repeatable: false },
} as const satisfies { readonly [K in MluviiChatbotRequestKind]: ActivityRow });

/** The type of {@link ACTIVITY_TABLE}: each activity's row with its literal values. */
export type ActivityTable = typeof ACTIVITY_TABLE;

/** Which `…Response` activity answers each request-type activity (derived from the activity table). */
export type MluviiChatbotResponseOf = {
  readonly [K in keyof ActivityTable as ActivityTable[K] extends { readonly response: string }
    ? K
    : never]: ActivityTable[K] extends { readonly response: infer R } ? R : never;
};

/** A request activity that mluvii answers with a `…Response` callback. */
export type MluviiChatbotRequestWithResponse = keyof MluviiChatbotResponseOf;
/** The typed response a request-type activity resolves to. */
export type MluviiChatbotResponseFor<K extends MluviiChatbotRequestWithResponse> =
  MluviiChatbotResponseMap[MluviiChatbotResponseOf[K]];

/** Every `…Response` activity answers some request: a response missing from the table fails to compile here. */
type UnansweredResponse = Exclude<
  MluviiChatbotResponseActivity,
  MluviiChatbotResponseOf[MluviiChatbotRequestWithResponse]
>;
const everyResponseAnswersARequest: [UnansweredResponse] extends [never] ? true : UnansweredResponse = true;
void everyResponseAnswersARequest;

/** What the SDK knows about one outbound activity. */
export interface ActivityTraits {
  /** The `…Response` activity that answers it, if any. */
  readonly response?: MluviiChatbotResponseActivity;
  /**
   * Safe to repeat: a second delivery changes nothing (reads, idempotent setters and toggles). Unsafe activities
   * are retried by the transport only when the request provably never reached mluvii.
   */
  readonly repeatable: boolean;
}

/** Every outbound activity, its response and whether repeating it is safe (derived from the activity table). */
export const ACTIVITY_TRAITS: { readonly [K in MluviiChatbotRequestKind]: ActivityTraits } = Object.freeze(
  Object.fromEntries(
    Object.entries(ACTIVITY_TABLE).map(([kind, row]: [string, ActivityRow]) => [
      kind,
      Object.freeze(
        "response" in row ? { response: row.response, repeatable: row.repeatable } : { repeatable: row.repeatable },
      ),
    ]),
  ) as { readonly [K in MluviiChatbotRequestKind]: ActivityTraits },
);

/** The correlation mode of every `…Response` activity (derived from the activity table). */
export const RESPONSE_CORRELATION: { readonly [K in MluviiChatbotResponseActivity]: ResponseCorrelationMode } =
  Object.freeze(correlationByResponse());

/** Rows naming the same response must agree on its pairing; checked once, when the module loads. */
function correlationByResponse(): { [K in MluviiChatbotResponseActivity]: ResponseCorrelationMode } {
  const modes: Partial<Record<MluviiChatbotResponseActivity, ResponseCorrelationMode>> = {};
  for (const row of Object.values(ACTIVITY_TABLE) as ActivityRow[]) {
    if (!("response" in row)) continue;
    const known = modes[row.response];
    if (known !== undefined && known !== row.correlation) {
      throw new Error(`activity table: ${row.response} is paired both "${known}" and "${row.correlation}"`);
    }
    modes[row.response] = row.correlation;
  }
  return modes as { [K in MluviiChatbotResponseActivity]: ResponseCorrelationMode };
}

/** The correlation mode of `activity`; `"serial"` (the safe one) for a name this version does not know. */
export function correlationModeOf(activity: string): ResponseCorrelationMode {
  return Object.hasOwn(RESPONSE_CORRELATION, activity)
    ? RESPONSE_CORRELATION[activity as MluviiChatbotResponseActivity]
    : "serial";
}
