import * as z from "zod";
import { MluviiApiError } from "./errors";
import type { MluviiRequestOptions, MluviiResponse } from "./types";
import type { MluviiReportedWebhookEventName, MluviiWebhookEventName } from "./webhook-event-name";

const WEBHOOKS_PATH = "/api/v1/Webhooks";

/** Body of `POST`/`PUT /api/v1/Webhooks` (`WebhookAddEditModel`, mluvii.ApiModels; both fields required). */
export interface MluviiWebhookInput {
  /** Events to deliver, by their `eventType` name (the `WebhookEventType` enum, sent as strings). */
  eventTypes: readonly MluviiWebhookEventName[];
  /**
   * Absolute callback URL. mluvii has no signatures: put `user:password@` in it and mluvii sends Basic auth
   * (webhooks FAQ). The client never logs it or puts it in an error message.
   */
  callbackUrl: string;
}

/** A registered webhook (`WebhookModel`, mluvii.ApiModels; C# `ID` serialises as `id`). */
export interface MluviiWebhook {
  /** Webhook id (C# int). */
  id: number;
  /** Subscribed event types; names mluvii added after this SDK was built pass through as strings. */
  eventTypes: MluviiReportedWebhookEventName[];
  /** The callback URL as registered (may contain credentials: treat as a secret). */
  callbackUrl: string;
}

/** Result of {@link MluviiWebhooksApi.create}. */
export interface MluviiWebhookSubscription {
  /** Id of the webhook that now carries the requested event types. */
  id: number;
  /** true when mluvii created it (201); false when it existed (409) and was updated instead. */
  created: boolean;
}

/** Per-call options of the webhook endpoints. */
export interface MluviiWebhookCallOptions {
  /** Cancels the call. */
  signal?: AbortSignal;
  /** Per-attempt timeout in ms. */
  timeout?: number;
}

/** The Public API webhook subscription endpoints (`mluvii/publicapi-go@8afcef1:swagger.json`). */
export interface MluviiWebhooksApi {
  /**
   * Subscribes `callbackUrl` to `eventTypes`. 201 → the new id. 409 → mluvii's body is the id of the webhook
   * already registered for that URL, which is then updated with `PUT` to the requested event types (what
   * mluvii's C# and Go samples do). Because a repeat ends in 409 + update, the call is safe to retry.
   */
  create(input: MluviiWebhookInput, options?: MluviiWebhookCallOptions): Promise<MluviiWebhookSubscription>;
  /** Replaces the event types and callback URL of webhook `id` (`PUT`, 204). */
  update(id: number, input: MluviiWebhookInput, options?: MluviiWebhookCallOptions): Promise<void>;
  /** Reads webhook `id`. */
  get(id: number, options?: MluviiWebhookCallOptions): Promise<MluviiWebhook>;
  /** Lists webhooks. `GET /api/v1/Webhooks` is used by third-party code but absent from mluvii's 2019 swagger. */
  list(options?: MluviiWebhookCallOptions): Promise<MluviiWebhook[]>;
  /** Deletes webhook `id` (204). */
  delete(id: number, options?: MluviiWebhookCallOptions): Promise<void>;
  /** Deletes all webhooks (swagger: "Delete all webhooks"; whether per API key or per company is not stated). */
  deleteAll(options?: MluviiWebhookCallOptions): Promise<void>;
}

const webhookIdSchema = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
/** An id body: mluvii sends a bare JSON int; a numeric string or `{ id }` is tolerated. */
const idBodySchema = z.union([
  webhookIdSchema,
  z.string().regex(/^\d+$/).transform(Number).pipe(webhookIdSchema),
  z.object({ id: webhookIdSchema }).transform((o) => o.id),
]);
const webhookSchema: z.ZodType<MluviiWebhook> = z.object({
  id: webhookIdSchema,
  eventTypes: z.array(z.string()),
  callbackUrl: z.string(),
});

type Send = <T>(options: MluviiRequestOptions) => Promise<MluviiResponse<T>>;

function checkId(id: number): number {
  if (!Number.isSafeInteger(id) || id <= 0) throw new TypeError("mluvii webhook id must be a positive integer");
  return id;
}

function callOptions(options: MluviiWebhookCallOptions | undefined): Pick<MluviiRequestOptions, "signal" | "timeout"> {
  const out: Pick<MluviiRequestOptions, "signal" | "timeout"> = {};
  if (options?.signal) out.signal = options.signal;
  if (options?.timeout !== undefined) out.timeout = options.timeout;
  return out;
}

function decode<T>(schema: z.ZodType<T>, data: unknown, method: string, path: string): T {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const where = parsed.error.issues[0]?.path.join(".") ?? "";
  throw new MluviiApiError(
    `mluvii API ${method} ${path} returned an unexpected body (at $${where ? `.${where}` : ""})`,
    {
      method,
      path,
    },
  );
}

/** Binds the webhook endpoints to a client's `request`. */
export function createWebhooksApi(send: Send): MluviiWebhooksApi {
  const body = (input: MluviiWebhookInput) => ({ eventTypes: [...input.eventTypes], callbackUrl: input.callbackUrl });
  const api: MluviiWebhooksApi = {
    async create(input, options) {
      const response = await send<unknown>({
        method: "POST",
        path: WEBHOOKS_PATH,
        body: body(input),
        idempotent: true,
        acceptStatuses: [409],
        ...callOptions(options),
      });
      const id = decode(idBodySchema, response.data, "POST", WEBHOOKS_PATH);
      if (response.status !== 409) return { id, created: true };
      await api.update(id, input, options);
      return { id, created: false };
    },
    async update(id, input, options) {
      const path = `${WEBHOOKS_PATH}/${checkId(id)}`;
      await send({ method: "PUT", path, body: body(input), idempotent: true, ...callOptions(options) });
    },
    async get(id, options) {
      const path = `${WEBHOOKS_PATH}/${checkId(id)}`;
      const response = await send<unknown>({ method: "GET", path, idempotent: true, ...callOptions(options) });
      return decode(webhookSchema, response.data, "GET", path);
    },
    async list(options) {
      const response = await send<unknown>({
        method: "GET",
        path: WEBHOOKS_PATH,
        idempotent: true,
        ...callOptions(options),
      });
      return decode(z.array(webhookSchema), response.data, "GET", WEBHOOKS_PATH);
    },
    async delete(id, options) {
      const path = `${WEBHOOKS_PATH}/${checkId(id)}`;
      await send({ method: "DELETE", path, idempotent: true, ...callOptions(options) });
    },
    async deleteAll(options) {
      await send({ method: "DELETE", path: WEBHOOKS_PATH, idempotent: true, ...callOptions(options) });
    },
  };
  return api;
}
