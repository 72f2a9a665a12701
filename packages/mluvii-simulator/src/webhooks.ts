/**
 * The Public API webhook subscriptions (`/api/v1/Webhooks`, mluvii/mluvii.ApiModels `WebhookAddEditModel`) and their delivery: one ordered
 * lane per subscription, Basic credentials from the callback URL, up to two retries (webhooks FAQ).
 */
import { isJsonObject } from "@contactkit/core";
import { type MluviiWebhookEvent, mluviiWebhooks, sessionIdOf } from "@contactkit/mluvii-webhooks";
import type { ResolvedSettings } from "./context";
import type { Outbox } from "./outbox";

/** A registered webhook, as `GET /api/v1/Webhooks/{id}` returns it. */
export interface WebhookSubscription {
  /** Webhook id. */
  readonly id: number;
  /** Subscribed event types. */
  readonly eventTypes: readonly string[];
  /** Callback URL as registered (may carry `user:pass@`). */
  readonly callbackUrl: string;
}

/** Body of `POST`/`PUT /api/v1/Webhooks` (`WebhookAddEditModel`). */
export interface WebhookInput {
  /** Event type names (`SessionCreated` …). Default for programmatic registration: every known type. */
  readonly eventTypes?: readonly string[];
  /** Absolute http(s) URL; `user:pass@` becomes Basic credentials on delivery. */
  readonly callbackUrl: string;
}

/** An answer of the webhook API. */
export interface ApiAnswer {
  readonly status: number;
  readonly body?: unknown;
}

const known = new Set<string>(mluviiWebhooks.types);

/** Validates a `WebhookAddEditModel`; returns ModelState-style errors (`{ field: message }`) or the input. */
export function validateWebhookInput(body: unknown): { ok: true; input: Required<WebhookInput> } | ApiAnswer {
  const errors: Record<string, string> = {};
  if (!isJsonObject(body)) {
    return { status: 400, body: { body: "A JSON object with eventTypes and callbackUrl is required." } };
  }
  const { eventTypes, callbackUrl } = body;
  if (!Array.isArray(eventTypes) || eventTypes.length === 0) errors.eventTypes = "The EventTypes field is required.";
  else {
    const bad = eventTypes.find((t) => typeof t !== "string" || !known.has(t));
    if (bad !== undefined) errors.eventTypes = `Unknown event type ${JSON.stringify(bad)}.`;
  }
  let url: URL | undefined;
  try {
    url = typeof callbackUrl === "string" ? new URL(callbackUrl) : undefined;
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:")) {
    errors.callbackUrl = "The CallbackUrl field is not a valid fully-qualified http or https URL.";
  }
  if (Object.keys(errors).length > 0) return { status: 400, body: errors };
  return { ok: true, input: { eventTypes: eventTypes as string[], callbackUrl: callbackUrl as string } };
}

/** The webhook store of a simulator. */
export interface WebhookRegistry {
  /** Registered webhooks. */
  list(): WebhookSubscription[];
  /** Registers `callbackUrl` (201) or reports the webhook already registered for it (409 + its id). */
  create(input: WebhookInput): { created: boolean; id: number };
  /** Handles `/api/v1/Webhooks[/{id}]`. */
  handle(method: string, id: string | undefined, body: unknown): ApiAnswer;
  /** Delivers `event` to every subscription of its type. */
  emit(event: MluviiWebhookEvent): void;
}

/** Creates the store. */
export function createWebhookRegistry(deps: { outbox: Outbox; settings: ResolvedSettings }): WebhookRegistry {
  const { outbox, settings } = deps;
  const hooks = new Map<number, WebhookSubscription>();
  let nextId = 1;
  const snapshot = (w: WebhookSubscription) => ({
    id: w.id,
    eventTypes: [...w.eventTypes],
    callbackUrl: w.callbackUrl,
  });

  const registry: WebhookRegistry = {
    list: () => [...hooks.values()].map(snapshot),
    create(input) {
      const existing = [...hooks.values()].find((w) => w.callbackUrl === input.callbackUrl);
      if (existing) return { created: false, id: existing.id };
      const id = nextId++;
      hooks.set(id, {
        id,
        eventTypes: [...(input.eventTypes ?? mluviiWebhooks.types)],
        callbackUrl: input.callbackUrl,
      });
      return { created: true, id };
    },
    handle(method, rawId, body) {
      const id = rawId === undefined ? undefined : Number(rawId);
      if (rawId !== undefined && !(Number.isSafeInteger(id) && (id as number) > 0)) return { status: 404 };
      const hook = id === undefined ? undefined : hooks.get(id);
      if (id !== undefined && !hook) return { status: 404 };
      switch (`${method} ${id === undefined ? "collection" : "item"}`) {
        case "POST collection": {
          const valid = validateWebhookInput(body);
          if (!("ok" in valid)) return valid;
          const { created, id: newId } = registry.create(valid.input);
          // 201 with the new id; 409 with the id already registered for this URL (mluvii's samples then PUT).
          return { status: created ? 201 : 409, body: newId };
        }
        case "GET collection":
          return { status: 200, body: registry.list() };
        case "DELETE collection":
          hooks.clear();
          return { status: 204 };
        case "GET item":
          return { status: 200, body: snapshot(hook as WebhookSubscription) };
        case "PUT item": {
          const valid = validateWebhookInput(body);
          if (!("ok" in valid)) return valid;
          hooks.set(id as number, { id: id as number, ...valid.input });
          return { status: 204 };
        }
        case "DELETE item":
          hooks.delete(id as number);
          return { status: 204 };
        default:
          return { status: 405 };
      }
    },
    emit(event) {
      const sessionId = sessionIdOf(event);
      for (const hook of hooks.values()) {
        if (!hook.eventTypes.includes(event.eventType)) continue;
        void outbox.send({
          route: "webhook-delivery",
          lane: `webhook:${hook.id}`,
          url: hook.callbackUrl,
          body: event,
          eventType: event.eventType,
          ...(sessionId === undefined ? {} : { sessionId }),
          retries: settings.webhookRetries,
          retryDelayMs: settings.webhookRetryDelayMs,
          timeoutMs: settings.webhookTimeoutMs,
        });
      }
    },
  };
  return registry;
}
