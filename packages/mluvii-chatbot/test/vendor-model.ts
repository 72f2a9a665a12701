/**
 * mluvii's own chatbot models, written down as data so the schemas can be checked against them (and not only
 * against themselves): every class of `mluvii/mluvii.Chatbot.ChannelActivities` with the C# type of each property,
 * and, where the SDK reads a field otherwise than the type alone says, the vendor source that says why.
 * `csharp-rule.ts` turns a type into "may be absent" / "may be null".
 */
import type { FieldModel, ObjectModel } from "../../../test-support/mluvii-model/csharp-rule";

const REPO = "mluvii/mluvii.Chatbot.ChannelActivities@16a8fad83e8ed86de00921b1be6d3fb1bc3a2b58";
const SUPPORTED = "https://docs.mluvii.com/en/for-it-specialists/chatbot-connection/supported-activities-and-events";
const SAMPLES = "mluvii/ChatbotWithQueue@95f6b13951480d8f108955d4ff8c3e3901f7ae73:ChatbotWithQueue/message_types.py";

const cls = (file: string) => `${REPO}:${file}`;

/** `language` and `source`: not in the classes; mluvii adds them to many callbacks (docs' examples). */
const ENVELOPE: Record<string, FieldModel> = {
  language: { type: "string", optional: `not in the C# classes; shown on some callbacks only (${SUPPORTED})` },
  source: { type: "string", optional: `not in the C# classes; shown on some callbacks only (${SUPPORTED})` },
};
/** `timestamp` where no class declares it: the docs show it on guest `Text` only. */
const TIMESTAMP: FieldModel = {
  type: "DateTimeOffset",
  optional: `not in this class; docs show it on Text (${SUPPORTED})`,
};
const BASE = { activity: "enum ChannelActivityType", sessionId: "long", ...ENVELOPE };
/** The result pair of the `…Response` classes that report success. */
const RESULT = {
  success: "bool",
  errorMessage: {
    type: "string",
    optional: `the docs' GuestInputChangeResponse examples have none (${SUPPORTED}); nothing depends on it`,
  },
};

/** Callbacks (mluvii → bot), by activity. */
export const callbackModels: Record<string, ObjectModel> = {
  Ping: { source: cls("ChatbotPing.cs"), fields: { activity: "enum ChannelActivityType" } },
  ConversationStarted: {
    source: cls("ChatbotConversationStarted.cs"),
    fields: {
      ...BASE,
      timestamp: { type: "DateTimeOffset", optional: "read like every callback's timestamp: no example shows it" },
    },
  },
  ConversationEnded: {
    source: cls("ChatbotConversationEnded.cs"),
    fields: {
      ...BASE,
      timestamp: { type: "DateTimeOffset", optional: "read like every callback's timestamp: no example shows it" },
    },
  },
  Text: {
    source: cls("ChatbotText.cs"),
    fields: {
      ...BASE,
      timestamp: { type: "DateTimeOffset", optional: `the docs' "Incoming Message" example has none (${SUPPORTED})` },
      text: "string",
    },
  },
  GuestFileUpload: {
    source: cls("ChatbotGuestFileUpload.cs"),
    fields: { ...BASE, timestamp: TIMESTAMP, fileUrl: "string" },
  },
  HeroCardSubmission: {
    source: cls("HeroCardSubmission.cs"),
    fields: { ...BASE, timestamp: TIMESTAMP, params: "Dictionary<string, string>", "params{}": "string" },
  },
  GuestLocation: {
    source: cls("GuestLocation.cs"),
    fields: { ...BASE, timestamp: TIMESTAMP, latitude: "double", longitude: "double" },
  },
  HeroCardQuickReply: {
    source: cls("HeroCardQuickReply.cs"),
    fields: {
      ...BASE,
      timestamp: TIMESTAMP,
      text: "string",
      replyToActivityId: "long",
      fieldValues: {
        type: "IDictionary<string, string>",
        optional: "obsolete in the model; kept as received (any value)",
      },
      additionalParams: {
        type: "Dictionary<string, string[]>",
        optional: "added to the model later (mluvii/mluvii.Chatbot.ChannelActivities@7c59781)",
      },
      "additionalParams{}": "string[]",
    },
  },
  GetAvailableOperatorsResponse: {
    source: cls("GetAvailableOperatorsResponse.cs"),
    fields: {
      ...BASE,
      timestamp: TIMESTAMP,
      availableOperators: "IList<AvailableOperatorInfo>",
      "availableOperators[].displayName": "string",
      "availableOperators[].userId": "int",
    },
  },
  GetAvailableGroupsResponse: {
    source: cls("GetAvailableGroupsResponse.cs"),
    fields: {
      ...BASE,
      timestamp: TIMESTAMP,
      availableGroups: "IList<AvailableGroupInfo>",
      "availableGroups[].displayName": "string",
      "availableGroups[].groupId": "int",
      "availableGroups[].groupState": "enum AvailableGroupState",
      "availableGroups[].groupOfflineReasons": "AvailableGroupOfflineReason[]",
      "availableGroups[].groupWorkload": "AvailableGroupWorkload",
      "availableGroups[].groupWorkload.maxSlots": "int",
      "availableGroups[].groupWorkload.usedSlotsWaiting": "int",
      "availableGroups[].groupWorkload.usedSlotsAccepted": "int",
      "availableGroups[].groupWorkload.freeSlots": "int",
      "availableGroups[].queueWorkload": "AvailableGroupQueueWorkload",
      "availableGroups[].queueWorkload.freeQueueSlotsCountTotal": "int",
      "availableGroups[].queueWorkload.inQueueCountTotal": "int",
      "availableGroups[].queueWorkload.isQueueFull": "bool",
    },
  },
  GetCallParamsResponse: {
    source: cls("GetCallParamsResponse.cs"),
    fields: { ...BASE, timestamp: TIMESTAMP, callParams: "IDictionary<string, string>", "callParams{}": "string" },
  },
  SetCallParamsResponse: {
    source: cls("SetCallParamsResponse.cs"),
    fields: { ...BASE, timestamp: TIMESTAMP, ...RESULT },
  },
  GetGuestIdentityResponse: {
    source: cls("GetGuestIdentityResponse.cs"),
    fields: {
      ...BASE,
      timestamp: TIMESTAMP,
      trackedGuestGuid: "Guid?",
      facebookPSID: "string",
      facebookPageId: "string",
      phoneCallerId: "string",
      whatsAppContactId: "string",
      vkContactId: "string",
      genericChannelId: { type: "string", optional: `the docs' example lists AppleContactId instead (${SUPPORTED})` },
    },
  },
  GetHeroCardsResponse: {
    source: cls("GetHeroCardsResponse.cs"),
    fields: {
      ...BASE,
      timestamp: TIMESTAMP,
      heroCards: "IList<HeroCardInfo>",
      "heroCards[].displayName": "string",
      "heroCards[].heroCardId": "int",
      "heroCards[].languages": { type: "IList<string>", optional: `the docs' example has none (${SUPPORTED})` },
    },
  },
  SendHeroCardResponse: {
    source: cls("SendHeroCardResponse.cs"),
    fields: { ...BASE, timestamp: TIMESTAMP, ...RESULT },
  },
  ChatbotOpenFileUploadPromptResponse: {
    source: cls("ChatbotOpenFileUploadPromptResponse.cs"),
    fields: { ...BASE, timestamp: TIMESTAMP, fileUrl: "string", canceledByGuest: "bool" },
  },
  EnableGuestUploadResponse: {
    source: cls("EnableGuestUploadResponse.cs"),
    fields: { ...BASE, timestamp: TIMESTAMP, ...RESULT },
  },
  DisableGuestUploadResponse: {
    source: cls("DisableGuestUploadResponse.cs"),
    fields: { ...BASE, timestamp: TIMESTAMP, ...RESULT },
  },
  GuestInputChangeResponse: {
    source: cls("GuestInputChangeResponse.cs"),
    fields: { ...BASE, timestamp: TIMESTAMP, ...RESULT },
  },
  GetMediaObjectsResponse: {
    source: cls("GetMediaObjectsResponse.cs"),
    fields: {
      ...BASE,
      timestamp: TIMESTAMP,
      fileStoreItems: "IList<FileStoreItemInfo>",
      "fileStoreItems[].id": "int",
      "fileStoreItems[].name": "string",
    },
  },
  ShareFileResponse: {
    source: cls("ShareFileResponse.cs"),
    fields: {
      ...BASE,
      timestamp: TIMESTAMP,
      isSuccess: "bool",
      errorMessage: { type: "string", optional: "explains isSuccess only; a response must never be lost to it" },
      fileSource: { type: "string", optional: "echoes the request only; a response must never be lost to it" },
    },
  },
  ObtainCrmIdentityResponse: {
    source: cls("ObtainCrmIdentityResponse.cs"),
    fields: {
      ...BASE,
      timestamp: TIMESTAMP,
      assignedCrmIdentityId: "long?",
      matchedCrmIdentities: "GetSessionCrmIdentityResponseMatch[]",
      "matchedCrmIdentities[].crmIdentityId": "long",
      "matchedCrmIdentities[].score": "double",
      "matchedCrmIdentities[].data": "IReadOnlyDictionary<string, HashSet<string>>",
      "matchedCrmIdentities[].data{}": "HashSet<string>",
    },
  },
  AssignCrmIdentityResponse: {
    source: cls("AssignCrmIdentityResponse.cs"),
    fields: {
      ...BASE,
      timestamp: TIMESTAMP,
      created: "bool",
      crmIdentityId: "long",
      reason: { type: "string", optional: `the docs' example has none (${SUPPORTED})` },
    },
  },
};

/** Required payload of a request: a reference type the writer must send (and mluvii needs) non-null. */
const needed = (type: string, why: string): FieldModel => ({ type, notNull: why });
/** An optional request field: absent, or `null` as a bot on the C# models sends it. */
const unset = (type: string, why: string): FieldModel => ({ type, optional: why });
const REQUEST = { activity: "enum ChannelActivityType", sessionId: "long" };
const bare = (file: string): ObjectModel => ({ source: cls(file), fields: REQUEST });

/**
 * Requests (bot → mluvii), by fixture name (`Forward.to-group`) or activity. The writer's rules (exactly one
 * `Forward` target, one `ShareFile` source) make two objects of those two.
 */
export const requestModels: Record<string, ObjectModel> = {
  Text: {
    source: cls("ChatbotText.cs"),
    fields: {
      ...REQUEST,
      text: needed("string", "a Text without text shows nothing"),
      timestamp: unset("DateTimeOffset", `mluvii's Python samples send Text without it (${SAMPLES})`),
    },
  },
  Typing: { source: cls("Typing.cs"), fields: { ...REQUEST, show: "bool" } },
  "Forward.to-group": {
    source: cls("ForwardFromChatbot.cs"),
    fields: {
      ...REQUEST,
      operatorGroupId: needed("int?", `the target of this form: "Either operatorGroupId or userId must be set"`),
      userId: unset("int?", "the other form's target"),
    },
  },
  "Forward.to-user": {
    source: cls("ForwardFromChatbot.cs"),
    fields: {
      ...REQUEST,
      userId: needed("int?", `the target of this form: "Either operatorGroupId or userId must be set"`),
      operatorGroupId: unset("int?", "the other form's target"),
    },
  },
  HandOff: bare("HandOff.cs"),
  EndConversation: bare("EndConversation.cs"),
  GetAvailableOperators: {
    source: cls("GetAvailableOperators.cs"),
    fields: { ...REQUEST, groupId: unset("int?", `"Group id is optional" (${SUPPORTED})`) },
  },
  GetAvailableGroups: {
    source: cls("GetAvailableGroups.cs"),
    fields: { ...REQUEST, groupIds: unset("ICollection<int>", `"optional field" (${SUPPORTED})`) },
  },
  GetCallParams: bare("GetCallParams.cs"),
  SetCallParams: {
    source: cls("SetCallParams.cs"),
    fields: {
      ...REQUEST,
      callParams: needed("IDictionary<string, string>", "a SetCallParams without parameters sets nothing"),
      "callParams{}": needed("string", "mluvii documents no meaning for a null call parameter value"),
    },
  },
  SendGuestOfflineEmail: {
    source: cls("SendGuestOfflineEmail.cs"),
    fields: {
      ...REQUEST,
      subject: needed("string", `the docs list it, not optional (${SUPPORTED})`),
      message: needed("string", `the docs list it, not optional (${SUPPORTED})`),
      location: needed("string", `the docs list it, not optional (${SUPPORTED})`),
    },
  },
  GetGuestIdentity: bare("GetGuestIdentity.cs"),
  GetHeroCards: bare("GetHeroCards.cs"),
  SendHeroCard: {
    source: cls("SendHeroCard.cs"),
    fields: {
      ...REQUEST,
      heroCardId: "int",
      initialParams: unset("IReadOnlyDictionary<string, string>", `"optional" (${SUPPORTED})`),
      "initialParams{}": needed("string", "a time-picker value too is a JSON string; null has no documented meaning"),
      selectedLanguage: unset("string", `"optional" (${SUPPORTED})`),
      additionalParams: unset("Dictionary<string, string[]>", `"optional" (${SUPPORTED})`),
      "additionalParams.header": needed("string[]", `"keep the four names … send an empty array" (${SUPPORTED})`),
      "additionalParams.body": needed("string[]", `"keep the four names … send an empty array" (${SUPPORTED})`),
      "additionalParams.buttons": needed("string[]", `"keep the four names … send an empty array" (${SUPPORTED})`),
      "additionalParams.footer": needed("string[]", `"keep the four names … send an empty array" (${SUPPORTED})`),
    },
  },
  ChatbotOpenFileUploadPrompt: bare("ChatbotOpenFileUploadPrompt.cs"),
  EnableGuestUpload: bare("EnableGuestUpload.cs"),
  DisableGuestUpload: bare("DisableGuestUpload.cs"),
  EnableGuestInput: bare("EnableGuestInput.cs"),
  DisableGuestInput: bare("DisableGuestInput.cs"),
  GetMediaObjects: bare("GetMediaObjects.cs"),
  "ShareFile.by-name": {
    source: cls("ChatbotShareFile.cs"),
    fields: {
      ...REQUEST,
      name: needed("string", `the source of this form: name "or" url (${SUPPORTED})`),
      url: unset("string", "the other form's source"),
    },
  },
  "ShareFile.by-url": {
    source: cls("ChatbotShareFile.cs"),
    fields: {
      ...REQUEST,
      url: needed("string", `the source of this form: name "or" url (${SUPPORTED})`),
      name: unset("string", "the other form's source"),
    },
  },
  ObtainCrmIdentity: bare("ObtainCrmIdentity.cs"),
  AssignCrmIdentity: { source: cls("AssignCrmIdentity.cs"), fields: { ...REQUEST, existingCrmIdentityId: "long?" } },
  SetTag: { source: cls("SetTag.cs"), fields: { ...REQUEST, name: needed("string", "a tag needs a name") } },
  UnsetTag: { source: cls("UnsetTag.cs"), fields: { ...REQUEST, name: needed("string", "a tag needs a name") } },
  RequestLocation: {
    source: cls("RequestLocation.cs"),
    fields: { ...REQUEST, text: needed("string", "the prompt the guest answers") },
  },
  RichCardList: {
    source: cls("ChatbotRichCardList.cs"),
    fields: {
      ...REQUEST,
      timestamp: unset("DateTimeOffset", "the SDK's own sendRichCardList sends none"),
      items: needed("IList<Item>", "a list without items shows nothing"),
      "items[].contentType": needed("string", "names the card kind"),
      "items[].content": needed("IDictionary<string, object>", "the card itself"),
      layout: "enum ItemLayout",
    },
  },
};

/** The Bot-Framework-style message: no C# model; its docs' "Adaptive cards" and "Buttons" examples are the model. */
const DOCS_ONLY = `Bot Framework JSON in the docs' examples (${SUPPORTED}); none shows null`;
const docsField = (type: string, optional?: string): FieldModel =>
  optional === undefined ? { type, notNull: DOCS_ONLY } : { type, notNull: DOCS_ONLY, optional };
const MESSAGE_FIELDS = {
  type: docsField("string"),
  sessionId: "long",
  timestamp: docsField("DateTimeOffset", "Bot Framework activities may omit it"),
  attachmentLayout: docsField("string", "only the carousel example has it"),
};
const CARD_FIELDS = {
  "attachments[].contentType": docsField("string"),
  "attachments[].content": docsField("HeroCard"),
  "attachments[].content.title": docsField("string", "every card field is optional in Bot Framework"),
  "attachments[].content.subtitle": docsField("string", "every card field is optional in Bot Framework"),
  "attachments[].content.text": docsField("string", "every card field is optional in Bot Framework"),
  "attachments[].content.images": docsField("IList<CardImage>", "every card field is optional in Bot Framework"),
  "attachments[].content.images[].url": docsField("string"),
  "attachments[].content.buttons": docsField("IList<CardAction>", "every card field is optional in Bot Framework"),
  "attachments[].content.buttons[].type": docsField("string"),
  "attachments[].content.buttons[].title": docsField("string"),
  "attachments[].content.buttons[].value": docsField("string"),
};
/** Cards: the "Adaptive cards" and "Buttons" examples. */
requestModels.message = {
  source: SUPPORTED,
  fields: {
    ...MESSAGE_FIELDS,
    attachments: docsField("IList<Attachment>"),
    text: docsField("string", "the card examples have none"),
    ...CARD_FIELDS,
  },
};
/** Text: the earlier page's "Simple text message" (https://docs.mluvii.com/guide/en/…/supported-activities-events.html). */
requestModels["message.text"] = {
  source: "https://docs.mluvii.com/guide/en/for-it-specialists/chatbot-connection/supported-activities-events.html",
  fields: {
    ...MESSAGE_FIELDS,
    text: docsField("string"),
    attachments: docsField("IList<Attachment>", "the text examples have none"),
    ...CARD_FIELDS,
  },
};

/** The model of a fixture: `Forward.to-group.json` → `Forward.to-group`; a sample bot's `….Text.hello.json` → `Text`. */
export function modelKeyOf(models: Record<string, ObjectModel>, fixtureStem: string, type: string): string {
  if (Object.hasOwn(models, fixtureStem)) return fixtureStem;
  const parts = fixtureStem.split(".");
  const form = parts.findIndex((part, i) => Object.hasOwn(models, `${part}.${parts[i + 1]}`));
  return form >= 0 ? `${parts[form]}.${parts[form + 1]}` : type;
}
