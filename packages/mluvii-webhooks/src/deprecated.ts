/**
 * Names of the vocabulary before every package followed one rule (`defineOpenEnum`: one PascalCase constant per
 * enumeration, with `.values` and `.schema`, and a type of the same name). Kept so existing code compiles; they go in 1.0.
 */
import type * as z from "zod";
import {
  ClientType,
  FormFieldInputType,
  GetMediaResult,
  HeroCardSubmissionResult,
  SessionAvRequestState,
  SessionChannel,
  SessionSource,
  SessionTerminationReason,
  UserAvailabilityStatus,
  UserSimplifiedStatus,
} from "./vocabulary";

/** @deprecated Use `SessionChannel.values` (the same values). */
export const sessionChannels: typeof SessionChannel.values = SessionChannel.values;
/** @deprecated Use `SessionChannel.schema`. */
export const sessionChannelSchema: z.ZodType<SessionChannel> = SessionChannel.schema;

/** @deprecated Use `SessionSource.values` (the same values). */
export const sessionSources: typeof SessionSource.values = SessionSource.values;
/** @deprecated Use `SessionSource.schema`. */
export const sessionSourceSchema: z.ZodType<SessionSource> = SessionSource.schema;

/** @deprecated Use `ClientType.values` (the same values). */
export const clientTypes: typeof ClientType.values = ClientType.values;
/** @deprecated Use `ClientType.schema`. */
export const clientTypeSchema: z.ZodType<ClientType> = ClientType.schema;

/** @deprecated Use `SessionTerminationReason.values` (the same values). */
export const sessionTerminationReasons: typeof SessionTerminationReason.values = SessionTerminationReason.values;
/** @deprecated Use `SessionTerminationReason.schema`. */
export const sessionTerminationReasonSchema: z.ZodType<SessionTerminationReason> = SessionTerminationReason.schema;

/** @deprecated Use `HeroCardSubmissionResult.values` (the same values). */
export const heroCardSubmissionResults: typeof HeroCardSubmissionResult.values = HeroCardSubmissionResult.values;
/** @deprecated Use `HeroCardSubmissionResult.schema`. */
export const heroCardSubmissionResultSchema: z.ZodType<HeroCardSubmissionResult> = HeroCardSubmissionResult.schema;

/** @deprecated Use `SessionAvRequestState.values` (the same values). */
export const sessionAvRequestStates: typeof SessionAvRequestState.values = SessionAvRequestState.values;
/** @deprecated Use `SessionAvRequestState.schema`. */
export const sessionAvRequestStateSchema: z.ZodType<SessionAvRequestState> = SessionAvRequestState.schema;

/** @deprecated Use `GetMediaResult.values` (the same values). */
export const getMediaResults: typeof GetMediaResult.values = GetMediaResult.values;
/** @deprecated Use `GetMediaResult.schema`. */
export const getMediaResultSchema: z.ZodType<GetMediaResult> = GetMediaResult.schema;

/** @deprecated Use `UserSimplifiedStatus.values` (the same values). */
export const userSimplifiedStatuses: typeof UserSimplifiedStatus.values = UserSimplifiedStatus.values;
/** @deprecated Use `UserSimplifiedStatus.schema`. */
export const userSimplifiedStatusSchema: z.ZodType<UserSimplifiedStatus> = UserSimplifiedStatus.schema;

/** @deprecated Use `UserAvailabilityStatus.values` (the same values). */
export const userAvailabilityStatuses: typeof UserAvailabilityStatus.values = UserAvailabilityStatus.values;
/** @deprecated Use `UserAvailabilityStatus.schema`. */
export const userAvailabilityStatusSchema: z.ZodType<UserAvailabilityStatus> = UserAvailabilityStatus.schema;

/** @deprecated Use `FormFieldInputType.values` (the same values). */
export const formFieldInputTypes: typeof FormFieldInputType.values = FormFieldInputType.values;
/** @deprecated Use `FormFieldInputType.schema`. */
export const formFieldInputTypeSchema: z.ZodType<FormFieldInputType> = FormFieldInputType.schema;
