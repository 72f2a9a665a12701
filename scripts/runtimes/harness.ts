/**
 * The runtime-neutral suite that `scripts/runtimes.mjs` bundles and runs on Node, Bun, Deno and workerd: every
 * fixture of core's four event packages through each family of its package, and the fetch-style receiver answering
 * `Request`s. It returns a plain summary; the runner compares each runtime's summary with Node 20's, so the check is
 * "the same answers everywhere", whatever the answers are.
 */

// Filled in by the runner at bundle time: [package, fixture file, text][].
import fixtures from "virtual:fixtures";
import { ccaiQmEvents } from "@contactkit/ccai-qm-chat";
import { basicAuth, createWebhookHandler, defineEventFamily, type EventFamily } from "@contactkit/core";
import { expertflowCim } from "@contactkit/expertflow-cim";
import { mluviiChatbotCallbacks, mluviiChatbotRequests } from "@contactkit/mluvii-chatbot/activities";
import { mluviiWebhooks } from "@contactkit/mluvii-webhooks";
import * as z from "zod";

type AnyFamily = EventFamily<object>;

const FAMILIES: Record<string, readonly AnyFamily[]> = {
  "mluvii-webhooks": [mluviiWebhooks as unknown as AnyFamily],
  "mluvii-chatbot": [mluviiChatbotCallbacks, mluviiChatbotRequests] as unknown as AnyFamily[],
  "ccai-qm-chat": [ccaiQmEvents as unknown as AnyFamily],
  "expertflow-cim": [expertflowCim as unknown as AnyFamily],
};

/** What a runtime answered; equal summaries mean equal behaviour. */
export interface RuntimeSummary {
  readonly fixtures: Record<string, string>;
  readonly receivers: Record<string, string>;
  readonly core: string;
}

function signature(family: AnyFamily, text: string): string {
  const r = family.safeParse(text);
  if (!r.ok) return `error ${r.error.kind} ${r.error.issues.map((i) => `${i.path}:${i.code}`).join(",")}`;
  return `${r.known ? "known" : "unknown"} ${r.type} warnings=${r.warnings.length}`;
}

async function receiverSignature(name: string, family: AnyFamily, body: string): Promise<string> {
  const seen: string[] = [];
  const handler = createWebhookHandler({
    family,
    auth: basicAuth({ credentials: [{ username: "contactkit", password: "runtime-check-secret" }] }),
    requireJsonContentType: false,
    process: (parsed) => {
      seen.push(parsed.type);
    },
  });
  const url = `http://receiver.test/${name}`;
  const authorization = `Basic ${btoa("contactkit:runtime-check-secret")}`;
  const ok = await handler(new Request(url, { method: "POST", headers: { authorization }, body }));
  const denied = await handler(new Request(url, { method: "POST", body }));
  const bad = await handler(new Request(url, { method: "POST", headers: { authorization }, body: "{" }));
  await handler.drain();
  handler.close();
  return `${ok.status} ${denied.status} ${bad.status} processed=${seen.join("|")}`;
}

/** Runs the suite on whatever runtime imported this bundle. */
export async function runSuite(): Promise<RuntimeSummary> {
  const results: Record<string, string> = {};
  const firstValid = new Map<string, string>();
  for (const [pkg, file, text] of fixtures) {
    for (const family of FAMILIES[pkg] ?? []) {
      const sig = signature(family, text);
      results[`${pkg}/${file} → ${family.family}`] = sig;
      if (sig.startsWith("known") && !firstValid.has(family.family)) firstValid.set(family.family, text);
    }
  }
  const receivers: Record<string, string> = {};
  for (const families of Object.values(FAMILIES)) {
    for (const family of families) {
      const body = firstValid.get(family.family);
      if (body !== undefined) receivers[family.family] = await receiverSignature(family.family, family, body);
    }
  }
  // Core on its own: a family defined here, strict and tolerant.
  const pings = defineEventFamily<{ Ping: { type: "Ping"; at: string } }>({
    vendor: "acme",
    family: "pings",
    discriminator: "type",
    schemas: { Ping: z.object({ type: z.literal("Ping"), at: z.string() }) },
  });
  const core = [
    signature(pings as unknown as AnyFamily, '{"type":"Ping","at":"x","extra":1}'),
    (() => {
      const r = pings.safeParse('{"type":"Ping","at":"x","extra":1}', { strict: true });
      return r.ok ? "strict accepted" : `strict ${r.error.kind}`;
    })(),
    signature(pings as unknown as AnyFamily, '{"type":"Pong"}'),
  ].join("; ");
  return { fixtures: results, receivers, core };
}
