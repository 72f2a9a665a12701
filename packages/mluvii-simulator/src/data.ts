/**
 * The mluvii tenant the simulator pretends to be: groups, operators, hero cards, call params, guest identity,
 * CRM contacts and stored files. Defaults follow the examples of mluvii's "Supported activities and events" page
 * (https://docs.mluvii.com/en/for-it-specialists/chatbot-connection/supported-activities-and-events) with the
 * documentation's typos corrected.
 */
import type {
  AvailableGroup,
  FileStoreItem,
  GetGuestIdentityResponse,
  HeroCardInfo,
  MatchedCrmIdentity,
} from "@contactkit/mluvii-chatbot";
import type { FormField } from "@contactkit/mluvii-webhooks";

/** An operator of the simulated tenant. */
export interface SimulatedOperator {
  /** Name shown to guests and in `GetAvailableOperatorsResponse`. */
  displayName: string;
  /** mluvii user id (C# `int`). */
  userId: number;
  /** Groups the operator belongs to; the first operator of a group joins sessions handed off to it. */
  groupIds: number[];
  /** Whether the operator is available (listed by `GetAvailableOperators`). Default true. */
  available?: boolean;
}

/** A hero card of the simulated tenant: what `GetHeroCards` lists plus the form fields the webhook shows. */
export interface SimulatedHeroCard extends HeroCardInfo {
  /** The card's form fields, sent in the `SessionActivityHeroCard` webhook. */
  fields: FormField[];
}

/** Guest identifiers returned by `GetGuestIdentity` (`trackedGuestGuid` is generated per session when `null`). */
export type SimulatedGuestIdentity = Omit<GetGuestIdentityResponse, "activity" | "sessionId" | "language" | "source">;

/** Everything the simulator answers request-type activities with. */
export interface SimulatorData {
  /** Operator groups (`GetAvailableGroupsResponse`); the first `ONLINE` group takes hand-offs. */
  groups: AvailableGroup[];
  /** Operators (`GetAvailableOperatorsResponse`, who joins after a hand-off or forward). */
  operators: SimulatedOperator[];
  /** Hero cards (`GetHeroCardsResponse`); `SendHeroCard` with another id fails with `success: false`. */
  heroCards: SimulatedHeroCard[];
  /** Call params every new session starts with (`GetCallParamsResponse`). */
  callParams: Record<string, string>;
  /** Guest identity template (`GetGuestIdentityResponse`). */
  guestIdentity: SimulatedGuestIdentity;
  /** Contacts matching the guest (`ObtainCrmIdentityResponse`). */
  crmIdentities: MatchedCrmIdentity[];
  /** Stored files (`GetMediaObjectsResponse`); `ShareFile` by another name fails with `isSuccess: false`. */
  mediaObjects: FileStoreItem[];
}

const workload = (maxSlots: number, used: number) => ({
  groupWorkload: { maxSlots, usedSlotsWaiting: 0, usedSlotsAccepted: used, freeSlots: maxSlots - used },
  queueWorkload: { freeQueueSlotsCountTotal: 10, inQueueCountTotal: 0, isQueueFull: false },
});

/** Fresh default data (a new copy on every call, so a test may mutate it freely). */
export function defaultSimulatorData(): SimulatorData {
  return {
    groups: [
      { displayName: "Support", groupId: 1, groupState: "ONLINE", groupOfflineReasons: [], ...workload(6, 2) },
      {
        displayName: "Sales",
        groupId: 2,
        groupState: "OFFLINE",
        groupOfflineReasons: ["BUSINESS_HOURS"],
        ...workload(0, 0),
      },
    ],
    operators: [
      { displayName: "Katka", userId: 1, groupIds: [1] },
      { displayName: "Tomáš", userId: 2, groupIds: [1, 2] },
    ],
    heroCards: [
      {
        displayName: "Contact details",
        heroCardId: 1,
        languages: ["cs", "en"],
        fields: [
          { inputType: "RichText", label: "<p>How can we reach you?</p>", ordinal: 1 },
          { inputType: "Email", label: "E-mail", key: "oo1_guest_email", required: true, ordinal: 2 },
          { inputType: "Phone", label: "Phone", key: "oo1_guest_phone", required: false, ordinal: 3 },
        ],
      },
      {
        displayName: "Satisfaction",
        heroCardId: 2,
        languages: ["en"],
        fields: [{ inputType: "Stars", label: "How did we do?", key: "rating", required: true, ordinal: 1 }],
      },
    ],
    callParams: { source_page: "https://www.example.com/pricing" },
    guestIdentity: {
      trackedGuestGuid: null,
      phoneCallerId: null,
      facebookPSID: null,
      facebookPageId: null,
      whatsAppContactId: null,
      vkContactId: null,
      genericChannelId: null,
    },
    crmIdentities: [
      {
        crmIdentityId: 9943973,
        score: 95.5,
        data: { oo1_guest_email: ["jana.novakova@example.com"], oo1_guest_phone: ["+420258963147"] },
      },
      { crmIdentityId: 8527408, score: 64, data: { oo1_guest_email: ["j.novakova@example.org"] } },
    ],
    mediaObjects: [
      { id: 1, name: "pricing.pdf" },
      { id: 2, name: "terms-and-conditions.pdf" },
    ],
  };
}
