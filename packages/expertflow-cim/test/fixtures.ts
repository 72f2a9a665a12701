import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type ExpertflowCimEventMap, expertflowCim } from "@contactkit/expertflow-cim";
import type { ExtractedFixture } from "../scripts/extract-fixtures.mjs";

/** One payload of the Init node page, as listed in `fixtures/docs-init-node/manifest.json` (the script's record, minus the text). */
export type FixtureEntry = Omit<ExtractedFixture, "text">;

/** The manifest written by `scripts/extract-fixtures.mjs`. */
export interface FixtureManifest {
  source: string;
  generatedBy: string;
  fixtures: FixtureEntry[];
  withoutPayload: { heading: string; expected: string; seedLine: number }[];
}

export const fixtureDir = join(import.meta.dirname, "fixtures", "docs-init-node");
export const manifest: FixtureManifest = JSON.parse(readFileSync(join(fixtureDir, "manifest.json"), "utf8"));
export const fixtureText = (file: string): string => readFileSync(join(fixtureDir, file), "utf8");
export const fixtureJson = (file: string): Record<string, unknown> => JSON.parse(fixtureText(file));

type Json = Record<string, unknown>;

/** A deep copy of the `cimEvent` of an Init node page fixture (Node-RED msg or controller body). */
export function seedCimEvent(file: string): Json {
  const value = fixtureJson(file) as { payload?: Json; entities?: Json };
  const body = (value.payload ?? value) as { entities: { cimEvent: Json } };
  return structuredClone(body.entities.cimEvent);
}

/** A CIM event built on the Init node page's AGENT_MRD_INTERRUPTED event, with another `name` and `data`. */
export function cimEventWith(name: string, data: unknown, extra: Json = {}): Json {
  return { ...seedCimEvent("agent-mrd-interrupted.json"), name, data, ...extra };
}

/** A Node-RED msg around a cimEvent, as on the Init node page. */
export function nodeRedMsg(cimEvent: Json, intent = String(cimEvent.name)): Json {
  return {
    _msgid: "12345",
    req: {},
    res: {},
    payload: {
      roomId: "12345",
      conversation: {},
      intent,
      entities: { cimEvent },
      metadata: {},
      messages: [],
      slots: {},
    },
  };
}

/** The Init node page's channel session (voice). */
export const seedChannelSession = (): Json => seedCimEvent("agent-mrd-interrupted.json").channelSession as Json;
/** The Init node page's Task Enqueued `data.task`. */
export const seedTask = (): Json => (seedCimEvent("task-enqueued.json").data as { task: Json }).task;
/** The Init node page's agent CCUser (Participant Role Changed). */
export const seedCcUser = (): Json =>
  (seedCimEvent("participant-role-changed.json").data as { conversationParticipant: { participant: Json } })
    .conversationParticipant.participant;

/** Parses `input`, asserting it is the known event `type`, and returns the typed event. */
export function parseAs<K extends keyof ExpertflowCimEventMap>(input: unknown, type: K): ExpertflowCimEventMap[K] {
  const r = expertflowCim.safeParse(input);
  if (!r.ok) throw new Error(r.error.report());
  if (!r.known || r.type !== type) throw new Error(`expected ${type}, got ${r.type}`);
  return r.event as ExpertflowCimEventMap[K];
}
