/**
 * The generic session-activity payload shared by 27 `SessionActivity*` events
 * (`mluvii/mluvii.ApiModels@9529d71:Webhooks/Payloads/SessionActivityGenericPayload.cs`, published 2023-02-01). All 26
 * keys are always present (Newtonsoft writes every property), `null` when they do not apply: every one but the four
 * value-typed keys (`sessionId`, `activityId`, `time`, `type`) is a reference or `T?` type. `type` equals the event
 * type without the `SessionActivity` prefix. Field meanings per activity type follow `Sessions/SessionModel.cs`
 * (class `Activity`).
 */
import { type DateTimeString, dateTime, type OpenEnum, optional, safeInt } from "@contactkit/core";
import * as z from "zod";
import { ClientType, FormFieldInputType, SessionTerminationReason } from "../vocabulary";

/** One option of a choice field (`Radio`, `Select`, …). Strings may be `null`, as in `SessionModel.ExportedActivityFormChoiceOption`. */
export interface FormChoiceOption {
  /** Value stored when chosen, or `null`. */
  value: string | null;
  /** Text shown to the guest, or `null`. */
  label: string | null;
}

/**
 * One field of a hero card or call script form. mluvii marks the C# property `Obsolete` ("internal model is used"),
 * so this is the shape seen on the wire, not a published contract; the raw payload keeps anything else. Its strings
 * may be `null` like those of the published equivalent, `Sessions/SessionModel.cs` class `ActivityFormField`.
 */
export interface FormField {
  /** Field kind, e.g. `RichText`, `Text`, `Radio` (open enum). The webhooks page's sample spells it `InputType`; the wire uses `inputType`. */
  inputType: OpenEnum<FormFieldInputType>;
  /** Label or, for `RichText`, HTML content; or `null`. */
  label: string | null;
  /** Key under which the value is submitted (absent on display-only fields). */
  key?: string | null;
  /** Whether the guest must fill the field (absent on display-only fields). */
  required?: boolean | null;
  /** 1-based position in the form. */
  ordinal: number;
  /** Choices of `Radio`/`Select`-like fields. */
  choiceOptions?: FormChoiceOption[] | null;
}

/** Schema of {@link FormField}. */
export const formFieldSchema: z.ZodType<FormField> = z.object({
  inputType: FormFieldInputType.schema,
  label: z.string().nullable(),
  key: optional(z.string().nullable()),
  required: optional(z.boolean().nullable()),
  ordinal: safeInt(),
  choiceOptions: optional(z.array(z.object({ value: z.string().nullable(), label: z.string().nullable() })).nullable()),
});

/** A link preview (internal C# `object`; the shape seen in the webhooks page's example). */
export interface PreviewUrl {
  /** Page title, or `null` when the page has none (undocumented; read from the example). */
  title: string | null;
  /** Preview image URL, or `null` (undocumented; read from the example). */
  imageUrl: string | null;
  /** Numeric content kind (undocumented; `1` in the example). The page's table misspells it `contantType`. */
  contentType: number;
  /** The URL that was sent. */
  originalUrl: string;
  /** Id of the activity (message) that contained the URL. */
  originalActivityId: number;
}
const previewUrlSchema: z.ZodType<PreviewUrl> = z.object({
  title: z.string().nullable(),
  imageUrl: z.string().nullable(),
  contentType: safeInt(),
  originalUrl: z.string(),
  originalActivityId: safeInt(),
});

/** A file shared in the session (`Sessions/SessionModel.cs` class `ActivityFile`). */
export interface ActivityFile {
  /** File id (`int`; added to the model on 2022-05-02, before the generic payload was published). */
  id: number;
  /** Operator who owns the file, or `null` (`int?`). */
  operatorOwner: number | null;
  /** Department that owns the file, or `null` (`int?`). */
  departmentOwner: number | null;
  /** File name, or `null` (`string Name`). */
  name: string | null;
  /** Where to download it (needs API authorisation), or `null` (`string DownloadUrl`). */
  downloadUrl: string | null;
  /** Whether the upload is still in progress (added 2022-05-02). */
  isUploading: boolean;
  /** Whether the file was deleted (added 2022-05-02). */
  isDeleted: boolean;
}
const activityFileSchema: z.ZodType<ActivityFile> = z.object({
  id: safeInt().meta({ since: "mluvii.ApiModels 2022-05-02 (ef91740)" }),
  operatorOwner: safeInt().nullable(),
  departmentOwner: safeInt().nullable(),
  name: z.string().nullable(),
  downloadUrl: z.string().nullable(),
  isUploading: z.boolean().meta({ since: "mluvii.ApiModels 2022-05-02 (6884f93)" }),
  isDeleted: z.boolean().meta({ since: "mluvii.ApiModels 2022-05-02 (6884f93)" }),
});

/** The 26-key generic activity payload. Each event's data interface narrows `type` to its literal. */
export interface SessionActivityGenericData {
  /** Session id (C# `long`). */
  sessionId: number;
  /** Activity id (C# `long`), unique per activity: the best idempotency key. */
  activityId: number;
  /** When the activity happened. */
  time: DateTimeString;
  /** Activity type: the event type without the `SessionActivity` prefix. */
  type: string;
  /** Hero card form fields, or `null` (HeroCard only). */
  heroCard: FormField[] | null;
  /** Internal, obsolete; never seen non-null. */
  heroCardParams: unknown[] | null;
  /** Call script form fields, or `null` (CallScript only). The page's table spells it `callscript`. */
  callScript: FormField[] | null;
  /** Who performed the activity: `User`, `Guest`, `Chatbot` (open enum), or `null`. */
  client: ClientType | null;
  /** Message text, or `null`. May contain HTML (`<p>…</p>`). */
  text: string | null;
  /** Link preview, or `null` (PreviewUrl only). */
  previewUrl: PreviewUrl | null;
  /** Shared file, or `null` (SharedFile only). */
  file: ActivityFile | null;
  /** URL of the shared file, or `null`. */
  associatedSharedFileUrl: string | null;
  /** Operator the session was forwarded or invited to, or `null`. */
  toOperatorUserId: number | null;
  /** That operator's full name, or `null`. */
  toOperatorFullName: string | null;
  /** Group the session was forwarded to, or `null`. */
  toGroupId: number | null;
  /** That group's name, or `null`. */
  toGroupName: string | null;
  /** External phone number the session was forwarded to, or `null`. */
  toPhoneNumber: string | null;
  /** Forwarding note, or `null`. */
  note: string | null;
  /** Chatbot message content, or `null`. A string in webhooks (an object in the Sessions API). */
  chatbotMessageContent: string | null;
  /** `<provider-id>:<user_name>` for Identification form fields, or `null`. */
  submissionIdentification: string | null;
  /** Operator who initiated the activity, or `null`. */
  userId: number | null;
  /** Chatbot that initiated the activity, or `null`. */
  chatbotId: number | null;
  /** Key of the chatbot hero card button pressed, or `null` (ChatbotHeroCardSubmission only). */
  chatbotHeroCardSubmissionKey: string | null;
  /** Value of that button, or `null`. */
  chatbotHeroCardSubmissionValue: string | null;
  /** UUID of the form field set (HeroCard, CallScript), or `null`. */
  formFieldSetUUID: string | null;
  /** Why the session ended, or `null` (SessionEnded activity only). */
  terminationReason: SessionTerminationReason | null;
}

const genericDataShape = {
  sessionId: safeInt(),
  activityId: safeInt(),
  time: dateTime(),
  heroCard: z.array(formFieldSchema).nullable(),
  heroCardParams: z.array(z.unknown()).nullable(),
  callScript: z.array(formFieldSchema).nullable(),
  client: ClientType.schema.nullable(),
  text: z.string().nullable(),
  previewUrl: previewUrlSchema.nullable(),
  file: activityFileSchema.nullable(),
  associatedSharedFileUrl: z.string().nullable(),
  toOperatorUserId: safeInt().nullable(),
  toOperatorFullName: z.string().nullable(),
  toGroupId: safeInt().nullable(),
  toGroupName: z.string().nullable(),
  toPhoneNumber: z.string().nullable(),
  note: z.string().nullable(),
  chatbotMessageContent: z.string().nullable(),
  submissionIdentification: z.string().nullable(),
  userId: safeInt().nullable(),
  chatbotId: safeInt().nullable(),
  chatbotHeroCardSubmissionKey: z.string().nullable(),
  chatbotHeroCardSubmissionValue: z.string().nullable(),
  formFieldSetUUID: z.string().nullable(),
  terminationReason: SessionTerminationReason.schema.nullable(),
};

/**
 * @internal Schema of a generic-payload event: `eventType` and `data.type` are literals. Callers annotate the
 * result with their event interface (`z.ZodType<SessionActivityChatMessage>`), which checks the two agree.
 */
export function genericActivityEvent<const E extends string, const T extends string>(eventType: E, type: T) {
  return z.object({
    eventType: z.literal(eventType),
    data: z.object({ ...genericDataShape, type: z.literal(type) }),
  });
}
