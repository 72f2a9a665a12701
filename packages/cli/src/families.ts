import type { EventFamily } from "@contactkit/core";
import type { FamilyManifest, FamilyTestKit, PackageManifest } from "@contactkit/core/manifest";
import { PACKAGE_MANIFESTS } from "./manifests";

/** An event family as the CLI sees it: any vendor, any event map. */
export type AnyEventFamily = EventFamily<object>;

/** One family the CLI knows, with how it validates. */
export interface KnownFamily {
  /** The family (`vendor` and `family` name it). */
  readonly family: AnyEventFamily;
  /** A one-line description for help and the schema index. */
  readonly description: string;
  /**
   * Whether this family is always validated strictly. Outbound chatbot requests are: the SDK refuses to send
   * anything its strict schemas reject (strict writer), so `inspect` says the same.
   */
  readonly alwaysStrict: boolean;
  /**
   * For a family whose discriminator almost any object satisfies: whether a payload of a type the family does not
   * know still looks like one of its events. Without it, a readable type is enough.
   */
  readonly claimsUnknown?: (value: unknown) => boolean;
  /**
   * Loads the family's test kit (realistic events and the request the platform makes), for a family the platform
   * sends; `contactkit trigger` sends the families that have one.
   */
  readonly testing?: () => Promise<FamilyTestKit>;
}

/** Where a family without a detection order goes: after the specific discriminators, before catch-alls. */
const DEFAULT_DETECTION_ORDER = 50;

/** The CLI's view of every family in `manifests`, in detection order (ties: by vendor, then family name). */
export function knownFamiliesOf(manifests: readonly PackageManifest[]): readonly KnownFamily[] {
  const entries = manifests.flatMap((manifest) => manifest.families);
  const order = (entry: FamilyManifest) => entry.detection?.order ?? DEFAULT_DETECTION_ORDER;
  const name = (entry: FamilyManifest) => `${entry.family.vendor}/${entry.family.family}`;
  return Object.freeze(
    [...entries]
      .sort((a, b) => order(a) - order(b) || name(a).localeCompare(name(b)))
      .map((entry): KnownFamily => {
        const claimsUnknown = entry.detection?.claimsUnknown;
        return {
          family: entry.family,
          description: entry.description,
          alwaysStrict: entry.direction === "outbound",
          ...(claimsUnknown ? { claimsUnknown } : {}),
          ...(entry.direction !== "outbound" && entry.testing ? { testing: entry.testing } : {}),
        };
      }),
  );
}

/**
 * Every family the CLI inspects and exports, most specific discriminator first, from the manifests of the vendor
 * packages it ships with: `eventType` (mluvii webhooks), `activity` (chatbot callbacks, then the requests a bot
 * sends), CCAI's `chat_id` / `{type, item}` shapes, and last Expertflow's `name`, which almost any object could carry.
 */
export const KNOWN_FAMILIES: readonly KnownFamily[] = knownFamiliesOf(PACKAGE_MANIFESTS);

/**
 * The known family a name designates: its family name (`chatbot-requests`) or `vendor/family`
 * (`mluvii/chatbot-requests`), case-insensitive; `undefined` when none does.
 */
export function findFamily(name: string, families: readonly KnownFamily[] = KNOWN_FAMILIES): KnownFamily | undefined {
  const wanted = name.trim().toLowerCase();
  return families.find(({ family }) =>
    [family.family, `${family.vendor}/${family.family}`].some((alias) => alias.toLowerCase() === wanted),
  );
}

/** Every name {@link findFamily} accepts, for help and error messages. */
export function familyNames(families: readonly KnownFamily[] = KNOWN_FAMILIES): string[] {
  return families.map(({ family }) => family.family);
}
