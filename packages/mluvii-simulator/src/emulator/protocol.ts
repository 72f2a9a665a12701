/**
 * The wire types of the emulator's control API (`/_emulator/api/…`): what the web UI, the terminal chat and scripts
 * read and send. It imports only types, from a file that imports nothing: the browser bundle compiles this file too.
 */
import type { TranscriptEntry, TranscriptValidation } from "../transcript";

/** Where a session is: with the bot, waiting for an operator after a hand-off or forward, with an operator, ended. */
export type SessionStateName = "bot" | "queued" | "operator" | "ended";

/** Who a chat item comes from. */
export type ChatAuthor = "guest" | "bot" | "operator" | "system";

/** A button of a Bot Framework card: clicking it sends `value` as the guest's `Text`, as mluvii does. */
export interface ChatCardButton {
  /** Label. */
  readonly title: string;
  /** What a click sends as `Text` (numbers are sent as their decimal text). */
  readonly value: string;
}

/** A Bot Framework hero card (from a `type: "message"` activity or a `RichCardList`). */
export interface ChatCard {
  readonly title?: string;
  readonly subtitle?: string;
  readonly text?: string;
  /** Image URLs. */
  readonly images: readonly string[];
  readonly buttons: readonly ChatCardButton[];
}

/** A choice of a `Radio`/`Select`-like form field. */
export interface FormChoiceView {
  readonly value: string;
  readonly label: string;
}

/** A hero-card form field as configured in the simulated tenant (the `SessionActivityHeroCard` webhook's shape). */
export interface FormFieldView {
  /** `Text`, `Email`, `Phone`, `Number`, `TextArea`, `RichText`, `Radio`, `Select`, `Stars` … */
  readonly inputType: string;
  /** Label, or for `RichText` the HTML shown. */
  readonly label: string;
  /** Key the value is submitted under; absent on display-only fields. */
  readonly key?: string | null;
  readonly required?: boolean | null;
  readonly ordinal: number;
  readonly choiceOptions?: readonly FormChoiceView[] | null;
}

/** What a chat item shows. */
export type ChatItemBody =
  /** A message. Bot and operator text is mluvii's HTML subset (`<strong>`, `<em>`, `<a>`); guest text is plain. */
  | { readonly kind: "text"; readonly text: string }
  /** Bot Framework cards: buttons (one card) or a carousel/list; `clicked` once the guest clicked one. */
  | {
      readonly kind: "cards";
      readonly layout: "list" | "carousel";
      readonly text?: string;
      readonly cards: readonly ChatCard[];
      readonly clicked?: { readonly card: number; readonly button: number };
    }
  /** A hero card (form) sent with `SendHeroCard`. */
  | {
      readonly kind: "form";
      readonly heroCardId: number;
      readonly displayName: string;
      readonly fields: readonly FormFieldView[];
      readonly initialParams: Readonly<Record<string, string>>;
      readonly status: "open" | "submitted" | "cancelled";
      readonly values?: Readonly<Record<string, string>>;
    }
  /** A file shared by the bot (`ShareFile`) or uploaded by the guest. */
  | { readonly kind: "file"; readonly name: string; readonly url: string | null }
  /** A location shared by the guest. */
  | { readonly kind: "location"; readonly latitude: number; readonly longitude: number }
  /** Something that happened (hand-off, operator joined, upload prompt opened …). */
  | { readonly kind: "notice"; readonly text: string };

/** One item of a session's chat, as the guest (and the operator) would see it. */
export type ChatItem = ChatItemBody & {
  /** 1-based, unique within the session. */
  readonly id: number;
  /** Epoch ms. */
  readonly at: number;
  readonly from: ChatAuthor;
};

/** A session as the emulator shows it. */
export interface SessionView {
  readonly id: number;
  readonly state: SessionStateName;
  readonly channel: string;
  readonly source: string;
  readonly language: string;
  readonly startedAt: number;
  readonly callParams: Readonly<Record<string, string>>;
  readonly tags: readonly string[];
  /** The operator with the session, when one joined. */
  readonly operator: { readonly userId: number; readonly displayName: string } | null;
  /** The bot shows the typing indicator (`Typing` with `show: true`, until its next message). */
  readonly typing: boolean;
  /** `DisableGuestInput` hides the guest's text input. */
  readonly guestInputEnabled: boolean;
  /** `EnableGuestUpload` shows the paper clip. */
  readonly guestUploadEnabled: boolean;
  /** The bot opened a file-upload prompt (`ChatbotOpenFileUploadPrompt`) not yet answered. */
  readonly uploadPromptOpen: boolean;
  /** The text of an unanswered `RequestLocation`, or `null`. */
  readonly locationRequest: string | null;
  readonly items: readonly ChatItem[];
}

/**
 * Validation of an activity the bot sent, with the exact typed error when it failed: the transcript's record
 * (`ContactkitParseError.message` names vendor, family, event and JSON paths, never payload values).
 */
export type ValidationView = TranscriptValidation;

/**
 * One exchange of the inspector's timeline: a transcript entry as the control API sends it, its URL with
 * credentials removed and every query value masked (`?access_token=***`).
 */
export type ExchangeView = TranscriptEntry;

/** An operator group of the simulated tenant. */
export interface GroupView {
  readonly groupId: number;
  readonly displayName: string;
  /** `ONLINE`, `BUSY` or `OFFLINE`. */
  readonly groupState: string;
  readonly groupOfflineReasons: readonly string[];
}

/** An operator of the simulated tenant. */
export interface OperatorView {
  readonly userId: number;
  readonly displayName: string;
  readonly groupIds: readonly number[];
  /** Online (listed by `GetAvailableOperators`, joins after a hand-off) unless `false`. */
  readonly available?: boolean;
}

/** A hero card of the simulated tenant. */
export interface HeroCardConfigView {
  readonly heroCardId: number;
  readonly displayName: string;
  readonly languages?: readonly string[] | null;
  readonly fields: readonly FormFieldView[];
}

/** A CRM contact matching the guest (`ObtainCrmIdentityResponse`). */
export interface CrmIdentityView {
  readonly crmIdentityId: number;
  readonly score: number;
  readonly data: Readonly<Record<string, readonly string[]>>;
}

/** The tenant data the emulator lets you edit (`PUT /_emulator/api/data` takes any subset of keys). */
export interface TenantDataView {
  readonly groups: readonly GroupView[];
  readonly operators: readonly OperatorView[];
  readonly heroCards: readonly HeroCardConfigView[];
  readonly callParams: Readonly<Record<string, string>>;
  readonly crmIdentities: readonly CrmIdentityView[];
  readonly guestIdentity: Readonly<Record<string, string | null>>;
  readonly mediaObjects: readonly { readonly id: number; readonly name: string }[];
}

/** An injected fault (`POST /_emulator/api/faults` takes the `spec`). */
export interface FaultView {
  readonly id: number;
  /** The `FaultSpec` as injected (`route`, `kind`, options, `times`, `activity`, `eventType`). */
  readonly spec: Readonly<Record<string, unknown>>;
  readonly hits: number;
  /** Human-readable: `bot-callback drop (GetCallParamsResponse) ×1`. */
  readonly label: string;
}

/** Facts about the running simulator. */
export interface SimulatorInfo {
  readonly origin: string;
  readonly chatbotId: number;
  /** The bot's callback URL with credentials and query values masked, or `null`. */
  readonly botCallbackUrl: string | null;
  /** mluvii's rule: a callback answered later than this (ms) counts as failed. */
  readonly callbackDeadlineMs: number;
  readonly clientId: string;
  readonly clientSecret: string;
}

/** `GET /_emulator/api/state`, and the first server-sent event (`snapshot`). */
export interface EmulatorSnapshot {
  readonly simulator: SimulatorInfo;
  readonly sessions: readonly SessionView[];
  readonly exchanges: readonly ExchangeView[];
  readonly data: TenantDataView;
  readonly faults: readonly FaultView[];
}

/**
 * Server-sent events of `GET /_emulator/api/events` (the SSE `event:` name and its JSON `data`): `snapshot` first,
 * then `session` on every change of a session, `exchange` per transcript entry, `data` and `faults` on changes.
 */
export interface EmulatorEventMap {
  snapshot: EmulatorSnapshot;
  session: SessionView;
  exchange: ExchangeView;
  data: TenantDataView;
  faults: readonly FaultView[];
}

/** Body of `POST /_emulator/api/sessions`. Every field is optional. */
export interface StartSessionBody {
  readonly channel?: string;
  readonly source?: string;
  /** Two letters, default `en`. */
  readonly language?: string;
  readonly callParams?: Readonly<Record<string, string>>;
  /** Guest identifiers `GetGuestIdentity` answers with for this session (`phoneCallerId`, `facebookPSID` …). */
  readonly guestIdentity?: Readonly<Record<string, string | null>>;
}

/** The prefix of every control-API route. */
export const EMULATOR_API_PREFIX = "/_emulator/api";
