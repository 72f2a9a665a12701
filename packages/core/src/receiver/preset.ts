import type { EventFamily, ParsedEvent } from "../family";
import type { WebhookAuth } from "./auth";
import { createWebhookHandler } from "./handler";
import type { WebhookDedupeOptions, WebhookHandler, WebhookHandlerOptions } from "./options";

/**
 * Dedupe options of a receiver preset: core's, with `key` optional when the preset knows the vendor's idempotency
 * key. `false` turns dedupe off where the preset has it on by default.
 */
export type ReceiverPresetDedupeOptions<M extends object> = Omit<WebhookDedupeOptions<M>, "key"> & {
  /** The idempotency key of a delivery. Default: the preset's (a preset without one requires it). */
  readonly key?: WebhookDedupeOptions<M>["key"];
};

/**
 * Options of a vendor receiver: core's {@link WebhookHandlerOptions} under the same names (`process`, `ack`,
 * `queue`, `logger`, `onError`, …) without `family`, which the preset fixes, and with `auth` in the vendor's own
 * shape `A` (or any core `WebhookAuth`). Every vendor package's receiver takes these, plus options of its own
 * (such as mluvii's `callbackUrls`), so moving between vendors changes the preset, not the options.
 *
 * @example
 * interface AcmeReceiverOptions extends ReceiverPresetOptions<AcmeEventMap, { readonly token: string }> {}
 */
export type ReceiverPresetOptions<M extends object, A = WebhookAuth> = Omit<
  WebhookHandlerOptions<M>,
  "family" | "auth" | "dedupe"
> & {
  /** How requests are authenticated: the vendor's shape, or any core `WebhookAuth` (`noAuth()` to accept anyone). */
  readonly auth?: A | WebhookAuth;
  /** Drop repeated deliveries; see `ReceiverPresetDedupeOptions` (from `@contactkit/core`). */
  readonly dedupe?: ReceiverPresetDedupeOptions<M> | false;
};

/** Core options a preset may set a vendor default for; a value the user gives wins. */
export type ReceiverPresetDefaults<M extends object> = Partial<
  Omit<WebhookHandlerOptions<M>, "family" | "auth" | "dedupe" | "process">
>;

/** What a vendor package says about its platform's deliveries, for {@link createReceiverPreset}. */
export interface ReceiverPreset<M extends object, O extends ReceiverPresetOptions<M, unknown>> {
  /** The family every delivery is parsed with. */
  readonly family: EventFamily<M>;
  /**
   * Core's `WebhookAuth` for the options: the vendor's `auth` shape turned into one, or built from options of the
   * preset's own (credentials in a callback URL). Throw a `TypeError` naming the options to give when none fit.
   */
  readonly auth: (options: O) => WebhookAuth;
  /** The preset's own option names, kept from core (they may hold secrets core has no use for). */
  readonly ownOptions?: readonly Exclude<keyof O, keyof WebhookHandlerOptions<M>>[];
  /** Vendor defaults for core options (e.g. `allowGet: true` where the platform probes with `GET`). */
  readonly defaults?: ReceiverPresetDefaults<M>;
  /** The vendor's idempotency key: with it, dedupe is on unless the user passes `dedupe: false`. */
  readonly dedupeKey?: (parsed: ParsedEvent<M>) => string | undefined;
}

/**
 * Builds a vendor receiver from a preset: the returned function takes {@link ReceiverPresetOptions} (and the
 * preset's own options) and returns core's fetch-style receiver with the family fixed, the auth resolved, vendor
 * defaults under the user's options, and dedupe keyed by the vendor's idempotency key.
 *
 * @example
 * export const createAcmeHandler = createReceiverPreset<AcmeEventMap, AcmeReceiverOptions>({
 *   family: acmeEvents,
 *   auth: (options) => bearerAuth({ tokens: [options.auth?.token ?? ""] }),
 *   defaults: { allowGet: true },
 * });
 */
export function createReceiverPreset<M extends object, O extends ReceiverPresetOptions<M, unknown>>(
  preset: ReceiverPreset<M, O>,
): (options: O) => WebhookHandler {
  const skipped = new Set<PropertyKey>(["auth", "dedupe", "family", ...(preset.ownOptions ?? [])]);
  return (options) => {
    const chosen: Record<string, unknown> = { ...preset.defaults };
    for (const [name, value] of Object.entries(options)) {
      // `undefined` means "not given": it must not erase a vendor default.
      if (value !== undefined && !skipped.has(name)) chosen[name] = value;
    }
    const dedupe = resolveDedupe(options.dedupe, preset.dedupeKey);
    return createWebhookHandler<M>({
      ...(chosen as Omit<WebhookHandlerOptions<M>, "family" | "auth">),
      family: preset.family,
      auth: preset.auth(options),
      ...(dedupe === undefined ? {} : { dedupe }),
    });
  };
}

/** Whether `auth` is a core `WebhookAuth` (rather than a vendor's own auth shape). */
export function isWebhookAuth(auth: unknown): auth is WebhookAuth {
  return (
    typeof auth === "object" &&
    auth !== null &&
    typeof (auth as Partial<WebhookAuth>).verify === "function" &&
    typeof (auth as Partial<WebhookAuth>).scheme === "string"
  );
}

function resolveDedupe<M extends object>(
  dedupe: ReceiverPresetDedupeOptions<M> | false | undefined,
  presetKey: ((parsed: ParsedEvent<M>) => string | undefined) | undefined,
): WebhookDedupeOptions<M> | undefined {
  if (dedupe === false) return undefined;
  const key = dedupe?.key ?? presetKey;
  if (key === undefined) {
    if (dedupe === undefined) return undefined;
    throw new TypeError("dedupe: this receiver knows no idempotency key for its platform; give dedupe.key");
  }
  return { ...dedupe, key };
}
