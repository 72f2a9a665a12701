import { fileURLToPath } from "node:url";
import { mluviiChatbotCallbacks, RESPONSE_ACTIVITIES } from "@contactkit/mluvii-chatbot";
import { loadPayloads, type PayloadCase } from "../../../../scripts/bench-utils";
import { sampleResponse } from "./samples";

/**
 * Real-shape callbacks for the goal benchmark and the differential test: the docs-activities examples that are JSON as
 * printed and name a known callback activity (valid or not), one sample of every `…Response` activity (as mluvii sends it, with
 * `language` and `source`), and the guest events the doc examples do not cover. Compact JSON text, one per case.
 */
export function callbackCorpus(): PayloadCase[] {
  const dir = fileURLToPath(new URL("../fixtures/docs-activities/", import.meta.url));
  const known = new Set<string>(mluviiChatbotCallbacks.types);
  // Read the activity without validating, so a caller can time the first parse of each type.
  const { cases } = loadPayloads(dir, (text) => known.has(mluviiChatbotCallbacks.typeOf(JSON.parse(text)) ?? ""));
  const samples: PayloadCase[] = RESPONSE_ACTIVITIES.map((activity, index) => ({
    name: `sample ${activity}`,
    text: JSON.stringify(sampleResponse(activity, 1000 + index)),
  }));
  const guest = {
    Ping: { Activity: "Ping" },
    ConversationStarted: {
      activity: "ConversationStarted",
      sessionId: 5,
      timestamp: "2020-09-09T10:03:53.4976861+02:00",
      language: "cs",
      source: "Default",
    },
    ConversationEnded: { activity: "ConversationEnded", sessionId: 5, timestamp: "2020-09-09T10:09:12.1+02:00" },
    GuestFileUpload: { activity: "GuestFileUpload", sessionId: 5, fileUrl: "https://files.example.com/upload.png" },
    GuestLocation: { activity: "GuestLocation", sessionId: 1, latitude: 50.08, longitude: 14.42, source: "WhatsApp" },
    HeroCardQuickReply: {
      activity: "HeroCardQuickReply",
      sessionId: 1,
      text: "Yes",
      replyToActivityId: 51234567,
      additionalParams: { body: ["a"] },
    },
  };
  const guestCases = Object.entries(guest).map(([name, value]) => ({
    name: `sample ${name}`,
    text: JSON.stringify(value),
  }));
  return [...cases, ...samples, ...guestCases];
}
