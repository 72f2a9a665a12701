/**
 * @packageDocumentation
 * `@contactkit/core/manifest`: the shape of the small manifest every vendor package exports at
 * `@contactkit/<package>/manifest`. Repository tooling (the event catalog) and the `contactkit` CLI read their
 * families from manifests instead of hand-kept lists, so adding a vendor is adding its package.
 */
import type { EventFamily } from "./family-types";
import type { TestEventOptions } from "./testing/factory";
import type { TestRequestOptions } from "./testing/request";

/**
 * How tools make realistic events of one family, from the package's `/testing` subpath. Loaded on demand
 * ({@link FamilyManifest.testing}), so reading a manifest never loads test code.
 */
export interface FamilyTestKit {
  /** The typed event of `type` as the package's test-event factory makes it (validated). */
  event(type: string, options?: TestEventOptions): object;
  /**
   * What the platform sends for `event`: the event itself unless the platform wraps it (an export envelope, a
   * controller body). `bare` asks for the unwrapped event where the platform may send either.
   */
  body?(type: string, event: object, options: { readonly bare: boolean }): object;
  /** The HTTP request the platform makes with `body`; absent for a family nobody receives (what a bot sends). */
  request?(body: object | string, options?: TestRequestOptions): Request;
}

/** How the CLI's `inspect` and `listen` treat a family when they detect which family a payload belongs to. */
export interface FamilyDetection {
  /**
   * Where the family is tried, lowest first: a family with a more specific discriminator goes before one whose
   * discriminator almost any object has. Default 50.
   */
  readonly order?: number;
  /**
   * For a family whose discriminator almost any object satisfies: whether a payload of a type the family does not
   * know still looks like one of its events. Without it, a readable type is enough.
   */
  readonly claimsUnknown?: (value: unknown) => boolean;
}

/**
 * One event family of a vendor package, as tools see it. `M` is the family's event map where the entry is written
 * ({@link defineFamilyManifest}); tools, which take any vendor, see `object`.
 */
export interface FamilyManifest<M extends object = object> {
  /** The family object the package's main entry exports (its `vendor` and `family` name it). */
  readonly family: EventFamily<M>;
  /**
   * Who sends these events. `inbound` (the default): the platform sends them to the user's service, validated as a
   * tolerant reader, and tools can send realistic ones to a local endpoint. `outbound`: the user's code sends them
   * to the platform, validated strictly (strict writer), so tools inspect them strictly and never send them.
   */
  readonly direction?: "inbound" | "outbound";
  /** One line for help output and the JSON Schema index. */
  readonly description: string;
  /** The vendor's own documentation of these events (a public URL). */
  readonly vendorDocs: string;
  /**
   * The vendor's own model of the events, as the field descriptions cite it (`owner/repo@commit` and language),
   * when there is one.
   */
  readonly vendorModel?: string;
  /** How payload detection treats the family. */
  readonly detection?: FamilyDetection;
  /** Loads the family's test kit (realistic events and requests), if the package has a `/testing` subpath. */
  readonly testing?: () => Promise<FamilyTestKit>;
}

/**
 * What `@contactkit/<package>/manifest` exports as `manifest` (a named export: a default export would reach CommonJS
 * consumers as `{ default }`).
 */
export interface PackageManifest {
  /** The npm package name, `@contactkit/<package>`. */
  readonly package: string;
  /** Every event family the package defines. */
  readonly families: readonly FamilyManifest[];
}

/**
 * Declares one family's entry, checked against its own event map, and returns it as tools see it (any event map):
 * an `EventFamily` of one map is not assignable to that of another, because its handlers are typed by the map.
 */
export function defineFamilyManifest<M extends object>(entry: FamilyManifest<M>): FamilyManifest {
  return Object.freeze(entry) as unknown as FamilyManifest;
}

/**
 * Declares a package manifest. It returns its argument, frozen: the function exists so the object is checked
 * against {@link PackageManifest} where it is written.
 *
 * @example
 * import { defineFamilyManifest, defineManifest } from "@contactkit/core/manifest";
 * import { acmeEvents } from "@contactkit/acme";
 *
 * export const manifest = defineManifest({
 *   package: "@contactkit/acme",
 *   families: [
 *     defineFamilyManifest({
 *       family: acmeEvents,
 *       description: "Acme webhooks",
 *       vendorDocs: "https://docs.acme.example/webhooks",
 *     }),
 *   ],
 * });
 */
export function defineManifest(manifest: PackageManifest): PackageManifest {
  return Object.freeze({ ...manifest, families: Object.freeze([...manifest.families]) });
}
