import { optional } from "@contactkit/core";
import * as z from "zod";
import { openValue } from "./common";

/**
 * A customer (object-model `Customer`): an **open map**. Channel identifier arrays (`web`, `voice`, `facebook`, …)
 * and admin-defined attributes (`url`, even `password`) are flattened in through `@JsonAnySetter`. The vendor's JSON
 * Schema requires none of the named fields and allows any other key
 * (expertflow/object-model@7e7b298d54:schemas/v1/customer.json); object-model 1.14.5 dropped the validation on
 * `firstName` and `isAnonymous` (README changelog). Almost everything here is personal data: use `redact()`
 * before logging.
 */
export interface Customer {
  /** Customer id, a 24-hex ObjectId; may be absent or `null`. */
  _id?: string | null;
  /**
   * First name; for anonymous customers the channel identifier (e.g. a caller number). May be absent or `null`
   * (optional since object-model 1.14.5; `null` in the message-header customer on docs.expertflow.com).
   */
  firstName?: string | null;
  /** Last name, when set (an admin-defined attribute, not part of the model). */
  lastName?: string | null;
  /** Phone numbers (may contain `""`); may be absent or `null`. */
  phoneNumber?: string[] | null;
  /** Whether the customer was created anonymously from a channel identifier; may be absent or `null` (since 1.14.5). */
  isAnonymous?: boolean | null;
  /** Mongo document version; may be absent or `null`. */
  __v?: number | null;
  /** Labels assigned to the customer. */
  labels?: unknown[] | null;
  /** Web channel identifiers. */
  web?: string[] | null;
  /** Voice channel identifiers (caller numbers). */
  voice?: string[] | null;
  /** Facebook identifiers. */
  facebook?: string[] | null;
  /** WhatsApp identifiers. */
  whatsapp?: string[] | null;
  /** Viber identifiers. */
  viber?: string[] | null;
  /** Telegram identifiers. */
  telegram?: string[] | null;
  /** Instagram identifiers. */
  instagram?: string[] | null;
  /** Twitter identifiers. */
  twitter?: string[] | null;
  /** LinkedIn identifiers. */
  linkedin?: string[] | null;
  /** YouTube identifiers. */
  youtube?: string[] | null;
  /** SMS identifiers. */
  sms?: string[] | null;
  /** Email addresses. */
  email?: string[] | null;
  /** Admin-defined attributes and further channel identifiers. */
  [attribute: string]: unknown;
}

const identifiers = optional(z.array(z.string()).nullable());

/** Schema of {@link Customer}; unknown keys are kept (even in strict mode: the map is open by design). */
export const customerSchema: z.ZodType<Customer> = z
  .object({
    _id: optional(z.string().nullable()),
    firstName: optional(z.string().nullable()).meta({ since: "object-model 1.14.5" }),
    lastName: optional(z.string().nullable()),
    phoneNumber: optional(z.array(z.string()).nullable()),
    isAnonymous: optional(z.boolean().nullable()).meta({ since: "object-model 1.14.5" }),
    __v: optional(z.number().nullable()),
    labels: optional(z.array(openValue).nullable()),
    web: identifiers,
    voice: identifiers,
    facebook: identifiers,
    whatsapp: identifiers,
    viber: identifiers,
    telegram: identifiers,
    instagram: identifiers,
    twitter: identifiers,
    linkedin: identifiers,
    youtube: identifiers,
    sms: identifiers,
    email: identifiers,
  })
  .catchall(openValue);

/** Keys of {@link Customer} that hold channel identifiers (personal data). */
export const CUSTOMER_CHANNEL_IDENTIFIER_KEYS = [
  "web",
  "voice",
  "facebook",
  "whatsapp",
  "viber",
  "telegram",
  "instagram",
  "twitter",
  "linkedin",
  "youtube",
  "sms",
  "email",
] as const;
