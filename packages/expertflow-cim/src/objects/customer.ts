import * as z from "zod";
import { openValue } from "./common";

/**
 * A customer (OM `Customer`): an **open map**. Channel identifier arrays (`web`, `voice`, `facebook`, …) and
 * admin-defined attributes (`newTestAttribute`, `url`, even `password`, seed 003 S18) are flattened in through
 * `@JsonAnySetter`. Almost everything here is personal data: use `redact()` before logging.
 */
export interface Customer {
  /** Customer id, a 24-hex ObjectId (the EF-KB customer page says "UUID", notes C20). */
  _id: string;
  /** First name; for anonymous customers the channel identifier (e.g. a caller number). */
  firstName: string;
  /** Last name, when set. */
  lastName?: string | null;
  /** Phone numbers (may contain `""`). */
  phoneNumber: string[];
  /** Whether the customer was created anonymously from a channel identifier. */
  isAnonymous: boolean;
  /** Mongo document version. */
  __v: number;
  /** Labels assigned to the customer. */
  labels?: unknown[];
  /** Web channel identifiers. */
  web?: string[];
  /** Voice channel identifiers (caller numbers). */
  voice?: string[];
  /** Facebook identifiers. */
  facebook?: string[];
  /** WhatsApp identifiers. */
  whatsapp?: string[];
  /** Viber identifiers. */
  viber?: string[];
  /** Telegram identifiers. */
  telegram?: string[];
  /** Instagram identifiers. */
  instagram?: string[];
  /** Twitter identifiers. */
  twitter?: string[];
  /** LinkedIn identifiers. */
  linkedin?: string[];
  /** YouTube identifiers. */
  youtube?: string[];
  /** SMS identifiers. */
  sms?: string[];
  /** Email addresses. */
  email?: string[];
  /** Admin-defined attributes and further channel identifiers. */
  [attribute: string]: unknown;
}

const identifiers = z.array(z.string()).exactOptional();

/** Schema of {@link Customer}; unknown keys are kept (even in strict mode: the map is open by design). */
export const customerSchema: z.ZodType<Customer> = z
  .object({
    _id: z.string(),
    firstName: z.string(),
    lastName: z.string().nullable().exactOptional(),
    phoneNumber: z.array(z.string()),
    isAnonymous: z.boolean(),
    __v: z.number(),
    labels: z.array(openValue).exactOptional(),
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
