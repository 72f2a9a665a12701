// Every payload the tests have, by source: the Init node page (fixtures/docs-init-node), the payloads other pages of
// docs.expertflow.com print (fixtures/docs-expertflow), one payload per object-model release that changed a shared
// object (fixtures/object-model), and, for event types no document shows, a payload built from the pieces of those.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expertflowCim, prepareStudioInput } from "@contactkit/expertflow-cim";
import { fixtureDir, manifest, seedCimEvent } from "./fixtures";

type Json = Record<string, unknown>;

/** One payload and the event type it must parse to. */
export interface CorpusCase {
  /** Where it comes from (fixture path or `sample:<type>`). */
  readonly label: string;
  /** The event type it parses to. */
  readonly expected: string;
  /** The payload as it arrives (Node-RED msg, controller body or bare cimEvent). */
  readonly raw: unknown;
}

const fixturesRoot = join(import.meta.dirname, "fixtures");
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, "utf8"));

interface SourcesFile {
  fixtures?: { file: string; event: string }[];
  releases?: { file: string; event: string; release: string; sources: string[]; shows: string }[];
}

/** The `sources.json` beside a fixture folder. */
export const sourcesOf = (folder: "docs-expertflow" | "object-model"): SourcesFile =>
  readJson(join(fixturesRoot, folder, "sources.json")) as SourcesFile;

/** Every payload the vendor's pages print, and every release-shaped payload: real shapes only. */
export function realCases(): CorpusCase[] {
  const cases: CorpusCase[] = manifest.fixtures.map((f) => ({
    label: `docs-init-node/${f.file}`,
    expected: f.expected,
    raw: readJson(join(fixtureDir, f.file)),
  }));
  for (const f of sourcesOf("docs-expertflow").fixtures ?? []) {
    cases.push({
      label: `docs-expertflow/${f.file}`,
      expected: f.event,
      raw: readJson(join(fixturesRoot, "docs-expertflow", f.file)),
    });
  }
  for (const r of sourcesOf("object-model").releases ?? []) {
    cases.push({
      label: `object-model/${r.file}`,
      expected: r.event,
      raw: readJson(join(fixturesRoot, "object-model", r.file)),
    });
  }
  return cases;
}

const docsEvent = (file: string): Json => readJson(join(fixturesRoot, "docs-expertflow", file)) as Json;

/**
 * A `data` for each typed event no document shows, assembled from documented pieces in the shape of the object
 * model's class for it (named on each line).
 */
function sampleData(type: string): unknown {
  const message = structuredClone(docsEvent("bot-message.json").data) as Json; // CimMessage
  const session = seedCimEvent("agent-mrd-interrupted.json").channelSession as Json;
  const voice = {
    type: "VOICE",
    markdownText: null,
    callId: "c-1",
    leg: "l-1",
    reasonCode: null,
    additionalDetail: {},
  };
  switch (type) {
    case "ACTION_MESSAGE": // ActionMessage
      return { id: "a-1", header: message.header, name: "FIND_AGENT", data: { isReinitiated: false, priority: 1 } };
    case "AGENT_MESSAGE":
    case "WHISPER_MESSAGE":
      return { ...message, body: { type: "PLAIN", markdownText: "Hello" } };
    case "CALL_LEG_ENDED":
    case "CALL_HOLD":
    case "CALL_RESUME":
      return { ...message, body: voice };
    case "BOT_SUGGESTION": // SuggestionMessage
      return {
        id: "s-1",
        header: message.header,
        suggestions: [{ messageBody: { type: "PLAIN", markdownText: "Hi" }, confidenceLevel: 0.9 }],
        requestedMessage: message,
      };
    case "NO_AGENT_AVAILABLE": // NoAgentAvailableDto
      return { requestType: { direction: "INBOUND", mode: "QUEUE", metadata: null } };
    case "REVOKE_RESOURCE": // RevokeResourceDto
      return {
        taskId: "t-1",
        currentTaskState: "ACTIVE",
        taskCloseReason: "RONA",
        agentId: "a-1",
        conversationId: "c-1",
      };
    case "REMOVE_CHANNEL_SESSION": // RemoveChannelSessionDto
      return { channelSession: session, reasonCode: "AGENT" };
    case "ASSIGN_RESOURCE_REQUESTED": // AssignResourceRequest
      return {
        queue: { type: "ID", value: "q-1" },
        requestSession: session,
        channelSessions: [session],
        type: { direction: "INBOUND", mode: "QUEUE", metadata: {} },
        priority: 1,
        offerToAgent: true,
        lastAssignedAgentId: null,
      };
    case "CHANNEL_SESSION_ENDED":
    case "CHANNEL_SESSION_EXPIRED":
    case "CHANNEL_SESSION_DATA_UPDATED":
      return session;
    case "BOT_SUBSCRIBED": // BotParticipant
      return { participantType: "Bot", id: "b-1", type: "RASA", name: "Rasa", uri: "http://rasa:5005" };
    default: // a name whose data no source documents
      return {};
  }
}

/** One payload per event type the family knows: a real one where a document has it, else a sample. */
export function onePerEventType(): CorpusCase[] {
  const real = new Map<string, CorpusCase>();
  for (const c of realCases()) if (!real.has(c.expected)) real.set(c.expected, c);
  return expertflowCim.types.map((type) => {
    const found = real.get(type);
    if (found) return found;
    const raw = { ...seedCimEvent("agent-mrd-interrupted.json"), name: type, data: sampleData(type) };
    return { label: `sample:${type}`, expected: type, raw };
  });
}

/** The value the event schemas validate for a payload: the cimEvent (or intent entities) plus its envelope. */
export const prepared = (raw: unknown): unknown => prepareStudioInput(raw);
