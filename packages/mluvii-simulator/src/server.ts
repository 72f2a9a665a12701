/** The simulator's HTTP front: routing, inbound faults, validation and the transcript of every request. */
import type { IncomingMessage, ServerResponse } from "node:http";
import { type ContactkitParseError, isJsonObject } from "@contactkit/core";
import { mluviiChatbotRequests, requestKindOf } from "@contactkit/mluvii-chatbot";
import { applyActivity } from "./chatbot";
import type { SimulatorContext } from "./context";
import { withoutDroppedTags } from "./dropped-tags";
import { describeFault, type FaultSpec } from "./faults";
import { parseJson, readBody, sendJson } from "./http-util";
import type { TokenStore } from "./tokens";
import type { InboundRoute, TranscriptValidation } from "./transcript";
import type { WebhookRegistry } from "./webhooks";

/** An answer of a route, plus work to start once it was carried out (e.g. the `…Response` callback). */
interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  after?: () => void;
}

const CHATBOT_PATH = /^\/api\/v1\/chatbot\/([^/]+)\/activity\/?$/i;
const WEBHOOKS_PATH = /^\/api\/v1\/webhooks(?:\/([^/]+))?\/?$/i;

function classify(path: string): InboundRoute {
  if (/^\/login\/connect\/token\/?$/i.test(path)) return "token";
  if (CHATBOT_PATH.test(path)) return "chatbot-activity";
  if (WEBHOOKS_PATH.test(path)) return "webhooks-api";
  return "not-found";
}

/** ModelState-style error body, the shape of mluvii's 400s in its swagger (`{ field: message }`). */
function modelState(error: ContactkitParseError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path === "$" ? "activity" : issue.path.replace(/^\$\.?/, "");
    errors[key] ??= issue.message;
  }
  return Object.keys(errors).length > 0 ? errors : { activity: error.message };
}

/**
 * mluvii binds activities case-insensitively (ASP.NET model binding: Bot Framework bots send `Activity`,
 * `CallParams`, `UserId`, and https://docs.mluvii.com/guide/en/for-it-specialists/chatbot-connection/supported-activities-events.html
 * sends `"activity": "typing"`): top-level keys get a lower-case first letter and the activity name its canonical
 * casing before the schemas run.
 */
function normaliseCasing(value: unknown): unknown {
  if (!isJsonObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    const camel = key.charAt(0).toLowerCase() + key.slice(1);
    if (!(camel in out) || camel === key) out[camel] = v;
  }
  if (typeof out.activity === "string") {
    const lower = out.activity.toLowerCase();
    out.activity = mluviiChatbotRequests.types.find((t) => t.toLowerCase() === lower) ?? out.activity;
  }
  return out;
}

const issueView = (issue: { path: string; message: string }) => ({ path: issue.path, message: issue.message });

const redactForm = (form: URLSearchParams) => {
  const fields = Object.fromEntries(form);
  if ("client_secret" in fields) fields.client_secret = "[redacted]";
  return fields;
};

const isJson = (req: IncomingMessage) => /^application\/([\w.+-]*\+)?json\b/i.test(req.headers["content-type"] ?? "");

/** Builds the request listener. */
export function createRequestListener(
  ctx: SimulatorContext,
  deps: {
    tokens: TokenStore;
    webhooks: WebhookRegistry;
    bodyLimit: number;
    /** Serves the emulator's routes; resolves `false` for paths that are not its own. */
    emulator?: (req: IncomingMessage, res: ServerResponse, path: string) => Promise<boolean>;
  },
): (req: IncomingMessage, res: ServerResponse) => void {
  const { transcript, faults, tracker, settings } = ctx;
  // Set by `chatbot()` for the request being handled; each request's `handle` reads it right after the call.
  let validation: TranscriptValidation | undefined;

  function chatbot(req: IncomingMessage, chatbotId: string, body: unknown, parsedOk: boolean): Answer {
    if (req.method !== "POST") return { status: 405, headers: { allow: "POST" } };
    if (!deps.tokens.verify(req.headers.authorization)) return unauthorized();
    if (chatbotId !== String(settings.chatbotId)) return { status: 404 };
    if (!isJson(req)) return { status: 415 };
    if (!parsedOk) return { status: 400, body: { body: "The request body is not valid JSON." } };
    // Default (tolerant) mode: the simulator accepts what real mluvii accepts — unknown keys (mluvii's sample bots
    // send `language` and `source` on `Text`) and nulls for unset optional fields (C#-model serialisations). An
    // activity name mluvii does not know cannot bind to its enum, so it is a 400 like an invalid field.
    const original = normaliseCasing(body);
    const { activity: kept, dropped } = withoutDroppedTags(original);
    const result = mluviiChatbotRequests.safeParse(kept);
    if (!result.ok) {
      validation = { ok: false, message: result.error.message, issues: result.error.issues.map(issueView) };
      return { status: 400, body: modelState(result.error) };
    }
    if (!result.known) {
      const message = `mluvii chatbot-requests: unknown activity "${result.type}"`;
      validation = { ok: false, message, issues: [{ path: "$.activity", message: "unknown activity" }] };
      return { status: 400, body: { activity: `The activity ${JSON.stringify(result.type)} is not supported.` } };
    }
    const warnings = dropped.map((tag) => `mluvii drops <${tag}> from $.text`);
    validation = { ok: true, type: result.type, ...(warnings.length > 0 ? { warnings } : {}) };
    // The guest sees what mluvii shows; the emulator renders the original and marks what is dropped.
    const event = dropped.length > 0 ? { ...result.event, text: (original as { text: string }).text } : result.event;
    const outcome = applyActivity(ctx, event as Parameters<typeof applyActivity>[1]);
    if (!outcome.ok) return { status: 400, body: outcome.errors };
    const response = outcome.response;
    if (!response) return { status: 200 };
    return {
      status: 200,
      after: () => {
        void tracker.sleep(settings.responseDelayMs).then((slept) => {
          if (slept) void ctx.sendCallback(response, response.sessionId);
        });
      },
    };
  }

  function webhooksApi(req: IncomingMessage, id: string | undefined, body: unknown, parsedOk: boolean): Answer {
    if (!deps.tokens.verify(req.headers.authorization)) return unauthorized();
    const method = req.method ?? "GET";
    if ((method === "POST" || method === "PUT") && !parsedOk) {
      return { status: 400, body: { body: "The request body is not valid JSON." } };
    }
    return deps.webhooks.handle(method, id, body);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const startedAt = Date.now();
    const t0 = performance.now();
    const method = req.method ?? "GET";
    const path = new URL(req.url ?? "/", "http://simulator").pathname;
    // The emulator's UI and control API are not mluvii: not in the transcript, no faults.
    if (deps.emulator && (await deps.emulator(req, res, path))) return;
    const route = classify(path);
    let requestBody: unknown;
    let activity: string | undefined;
    let sessionId: number | undefined;
    let fault: string | undefined;
    let checked: TranscriptValidation | undefined;
    const record = (status: number | null, responseBody: unknown) =>
      transcript.record({
        direction: "inbound",
        route,
        method,
        url: path,
        status,
        startedAt,
        durationMs: Math.round(performance.now() - t0),
        requestBody,
        responseBody,
        ...(activity === undefined ? {} : { activity }),
        ...(sessionId === undefined ? {} : { sessionId }),
        ...(fault === undefined ? {} : { fault }),
        ...(checked === undefined ? {} : { validation: checked }),
        outcome: status !== null && status < 400 ? "ok" : "failed",
        ...(status === null ? { failure: "dropped" as const } : status >= 400 ? { failure: "rejected" as const } : {}),
      });
    const drop = (spec: FaultSpec) => {
      fault = describeFault(spec);
      req.socket.destroy();
      record(null, undefined);
    };
    const target = route === "not-found" ? undefined : route;

    if (target) {
      const early = faults.take(
        { route: target, method },
        (s) => s.kind === "drop" && dropWhen(s) === "before-read" && !s.activity && !s.eventType,
      );
      if (early[0]) return drop(early[0]);
    }
    const raw = await readBody(req, deps.bodyLimit);
    if (raw === undefined) {
      sendJson(res, 413, { body: `The request body is larger than ${deps.bodyLimit} bytes.` }, { connection: "close" });
      record(413, undefined);
      return;
    }
    const text = raw.toString("utf8");
    let parsedOk = true;
    let body: unknown;
    if (route === "token") {
      body = new URLSearchParams(text);
      requestBody = redactForm(body as URLSearchParams);
    } else if (text !== "") {
      const parsed = parseJson(text);
      parsedOk = parsed.ok;
      body = parsed.ok ? parsed.value : undefined;
      requestBody = parsed.ok ? parsed.value : text;
    }
    if (route === "chatbot-activity" && parsedOk) {
      activity = requestKindOf(normaliseCasing(body));
      const id = (body as { sessionId?: unknown } | undefined)?.sessionId;
      if (typeof id === "number") sessionId = id;
    }

    if (target) {
      const specs = faults.take(
        { route: target, method, ...(activity === undefined ? {} : { activity }) },
        (s) => s.kind === "latency" || s.kind === "status" || (s.kind === "drop" && dropWhen(s) === "after-read"),
      );
      for (const spec of specs) if (spec.kind === "latency") await tracker.sleep(spec.ms);
      const terminal = specs.find((s) => s.kind !== "latency");
      if (terminal?.kind === "drop") return drop(terminal);
      if (terminal?.kind === "status") {
        fault = describeFault(terminal);
        const retryAfter = terminal.retryAfter === undefined ? {} : { "retry-after": String(terminal.retryAfter) };
        const errorBody = {
          status: terminal.status,
          title: terminal.status === 429 ? "Too Many Requests" : "Injected fault",
        };
        sendJson(res, terminal.status, errorBody, retryAfter);
        record(terminal.status, errorBody);
        return;
      }
      if (specs.length > 0 && fault === undefined) fault = describeFault(specs[0] as FaultSpec);
    }

    let answer: Answer;
    if (route === "token") {
      answer = req.method !== "POST" ? { status: 405 } : tokenAnswer(req, body as URLSearchParams);
    } else if (route === "chatbot-activity") {
      validation = undefined;
      answer = chatbot(req, (CHATBOT_PATH.exec(path) as RegExpExecArray)[1] as string, body, parsedOk);
      checked = validation;
    } else if (route === "webhooks-api") {
      answer = webhooksApi(req, WEBHOOKS_PATH.exec(path)?.[1], body, parsedOk);
    } else {
      answer = { status: 404 };
    }

    if (target) {
      const lost = faults.take(
        { route: target, method, ...(activity === undefined ? {} : { activity }) },
        (s) => s.kind === "drop" && dropWhen(s) === "after-processing",
      );
      if (lost[0]) {
        answer.after?.();
        return drop(lost[0]);
      }
    }
    sendJson(res, answer.status, answer.body, answer.headers);
    answer.after?.();
    const shown =
      route === "token" && answer.status === 200
        ? { ...(answer.body as Record<string, unknown>), access_token: "[redacted]" }
        : answer.body;
    record(answer.status, shown);
  }

  function tokenAnswer(req: IncomingMessage, form: URLSearchParams): Answer {
    if (!/^application\/x-www-form-urlencoded\b/i.test(req.headers["content-type"] ?? "")) {
      return { status: 400, body: { error: "invalid_request" } };
    }
    const result = deps.tokens.handle(form, req.headers.authorization);
    return { status: result.status, body: result.body, headers: { "cache-control": "no-store" } };
  }

  return (req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) sendJson(res, 500, { title: "Internal simulator error" });
      else res.destroy();
    });
  };
}

/** When an inbound `drop` fault destroys the connection (default `before-read`). */
function dropWhen(spec: FaultSpec): string | undefined {
  if (spec.kind !== "drop") return undefined;
  return ("when" in spec ? spec.when : undefined) ?? "before-read";
}

function unauthorized(): Answer {
  return { status: 401, headers: { "www-authenticate": 'Bearer error="invalid_token"' } };
}
