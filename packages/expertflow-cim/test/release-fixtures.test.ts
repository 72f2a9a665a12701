/**
 * One payload per object-model release that changed a shared object (fixtures/object-model, built from that
 * release's Java classes) and the payloads docs.expertflow.com prints (fixtures/docs-expertflow): each parses to its
 * event, tolerant and strict, and each release payload has the shape the release changed.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { expertflowCim } from "@contactkit/expertflow-cim";
import { describe, expect, it } from "vitest";
import { prepared, realCases, sourcesOf } from "./corpus";

const fixturesRoot = join(import.meta.dirname, "fixtures");
const publicSource = /^(expertflow\/[\w.-]+@[0-9a-f]{40}:\S+|https:\/\/docs\.expertflow\.com\/\S+)$/;
type Json = Record<string, unknown>;
const at = (value: unknown, path: string): unknown =>
  path
    .split(".")
    .reduce<unknown>((v, key) => (v === null || typeof v !== "object" ? undefined : (v as Json)[key]), value);

describe("one payload per object-model release", () => {
  const releases = sourcesOf("object-model").releases ?? [];

  it("covers every release that changed a shared object, each with public sources", () => {
    expect(releases.map((r) => r.release)).toEqual([
      "1.12.6",
      "1.14.5",
      "1.15.4",
      "1.16.9.3.1",
      "1.19.0",
      "1.21.8",
      "1.21.9",
    ]);
    const files = readdirSync(join(fixturesRoot, "object-model")).filter((f) => f !== "sources.json");
    expect(files.sort()).toEqual(releases.map((r) => r.file).sort());
    for (const r of releases) {
      expect(r.sources.length, r.file).toBeGreaterThan(0);
      for (const s of r.sources) expect(s, r.file).toMatch(publicSource);
    }
  });

  for (const c of realCases().filter((c) => c.label.startsWith("object-model/"))) {
    it(`${c.label} parses to ${c.expected}, tolerant and strict`, () => {
      const r = expertflowCim.safeParse(c.raw);
      if (!r.ok) throw new Error(r.error.report());
      expect(r.known && r.type).toBe(c.expected);
      const strict = expertflowCim.safeParse(c.raw, { strict: true });
      if (!strict.ok) throw new Error(strict.error.report());
    });
  }

  // What each release payload must show: keys it lacks (added later) and values the release made nullable.
  const shapes: Record<string, { absent: string[]; present?: string[]; nulls?: string[] }> = {
    "1.12.6": {
      absent: [
        "eventEmitter.type",
        "roomInfo",
        "channelSession.roomInfo",
        "channelSession.channel.calendarId",
        "channelSession.channel.channelConfig.customerSla",
        "channelSession.channelData.customerFirstName",
        "data.task.conversationId",
        "data.task.activeMedia",
      ],
      present: ["data.task.queue", "data.task.enqueueTime"],
    },
    "1.14.5": {
      absent: ["channelSession.channel.calendarId"],
      nulls: ["eventEmitter.senderName", "data.header.customer.firstName", "data.header.sender.senderName"],
    },
    "1.15.4": {
      absent: ["data.channel.channelConnector.channelProviderInterface.providerWebhook"],
      nulls: ["channelSession.channel.channelConnector.channelProviderInterface.providerWebhook"],
    },
    "1.16.9.3.1": {
      absent: ["roomInfo", "data.header.replyToMessageId"],
      present: ["data.header.originalMessageId"],
      nulls: ["data.header.channelData.customerFirstName"],
    },
    "1.19.0": {
      absent: [
        "data.agentHandRaise",
        "data.externalGadgets",
        "data.agentParticipants",
        "data.durationInSeconds",
        "data.wrapUps",
        "channelSession.channel.calendarId",
      ],
      present: ["channelSession.channel.channelConfig.customerSla", "data.agentSla", "data.holdTimerDetails"],
    },
    "1.21.8": {
      absent: ["channelSession.channel.calendarId"],
      present: ["data.agentParticipants", "data.wrapUps", "data.agentHandRaise"],
      nulls: ["data.durationInSeconds"],
    },
    "1.21.9": { absent: [], present: ["channelSession.channel.calendarId", "data.task.activeMedia"] },
  };
  for (const r of releases) {
    it(`${r.file} has the ${r.release} shape: ${r.shows}`, () => {
      const shape = shapes[r.release];
      if (!shape) throw new Error(`no shape for ${r.release}`);
      const raw = realCases().find((c) => c.label === `object-model/${r.file}`)?.raw;
      const value = prepared(raw);
      for (const path of shape.absent) expect(at(value, path), path).toBeUndefined();
      for (const path of shape.present ?? []) expect(at(value, path), path).toBeDefined();
      for (const path of shape.nulls ?? []) expect(at(value, path), path).toBeNull();
    });
  }
});

describe("payloads docs.expertflow.com prints", () => {
  const fixtures = sourcesOf("docs-expertflow").fixtures ?? [];

  it("name their page and its mirror at a fixed commit", () => {
    expect(fixtures.length).toBeGreaterThan(10);
    for (const f of fixtures as ((typeof fixtures)[number] & { page: string; mirror: string })[]) {
      expect(f.page, f.file).toMatch(publicSource);
      expect(f.mirror, f.file).toMatch(publicSource);
    }
  });

  for (const c of realCases().filter((c) => c.label.startsWith("docs-expertflow/"))) {
    it(`${c.label} parses to ${c.expected}`, () => {
      const r = expertflowCim.safeParse(c.raw);
      if (!r.ok) throw new Error(r.error.report());
      expect(r.known && r.type).toBe(c.expected);
    });
  }
});
