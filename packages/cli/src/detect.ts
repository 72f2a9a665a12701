import type { ContactkitIssue, ParseWarning } from "@contactkit/core";
import { type AnyEventFamily, KNOWN_FAMILIES, type KnownFamily } from "./families";

/** One problem with a payload, located by a JSON path (`$.data.started`). */
export interface InspectIssue {
  /** JSON path of the offending value, `$` for the whole payload. */
  readonly path: string;
  /** What is wrong; never contains payload values. */
  readonly message: string;
}

/**
 * What `inspect` concludes about one payload. This is exactly the object `contactkit inspect --json` prints.
 * - valid and known: `ok: true, known: true`;
 * - valid but of a type this version does not know: `ok: true, known: false` (a value, not an error);
 * - invalid, or no family recognises it: `ok: false` with `issues`.
 */
export interface InspectVerdict {
  /** Whether the payload is a valid event (known or not). */
  readonly ok: boolean;
  /** Vendor of the detected family (`mluvii`, `ccai-platform`, `expertflow`), `null` when undetectable. */
  readonly vendor: string | null;
  /** Detected family (`webhooks`, `chatbot-callbacks`, …), `null` when undetectable. */
  readonly family: string | null;
  /** Event type read from the payload, `null` when it could not be read. */
  readonly type: string | null;
  /** Whether the family knows the event type. */
  readonly known: boolean;
  /** Every problem found, empty when `ok`. */
  readonly issues: readonly InspectIssue[];
  /** Non-fatal observations; in `--json` output only with `--warnings`. */
  readonly warnings?: readonly ParseWarning[];
}

/** A verdict with what the human-readable output also shows. */
export interface Detection extends InspectVerdict {
  /** Non-fatal observations of the family (e.g. a normalised activity name). */
  readonly warnings: readonly ParseWarning[];
  /** The validated typed view for known events, the raw payload otherwise. */
  readonly event: unknown;
}

/** Options of {@link detectFamily}. */
export interface DetectOptions {
  /** Contract-test mode as core defines it: unknown types, keys and enum values are errors. */
  readonly strict?: boolean;
  /** The families to try, in order. Default {@link KNOWN_FAMILIES}. */
  readonly families?: readonly KnownFamily[];
  /**
   * In tolerant mode, also report what strict mode would reject — unknown keys, unknown enum values — as warnings
   * (codes `unknown_key`, `unknown_enum_value`), with their JSON paths and never their values. Default false.
   */
  readonly strictWarnings?: boolean;
}

const UNDETECTABLE_MESSAGE =
  "no contactkit family recognises this payload (expected a mluvii webhook with eventType, a mluvii chatbot " +
  "activity, a CCAI QM item or {type, item} envelope, or an Expertflow CIM event)";

const ARRAY_MESSAGE =
  "a JSON array, not an event: one event per line: use NDJSON (e.g. jq -c '.[]' events.json > events.ndjson)";

/**
 * Detects the vendor and family of a decoded JSON payload and validates it. Each family's discriminator
 * (`typeOf`) is tried, most specific family first; the first family that knows the type and validates the payload
 * wins. When a family knows the type but every such family rejects the payload, the first one's issues are
 * reported. A type no family knows is a valid *unknown* event of the first family that could read a type and
 * claims it (an error with `strict`).
 *
 * @example
 * const d = detectFamily(JSON.parse(text));
 * if (d.ok && d.known) console.log(d.vendor, d.family, d.type);
 */
export function detectFamily(value: unknown, options: DetectOptions = {}): Detection {
  if (Array.isArray(value)) return rootFailure(ARRAY_MESSAGE, value);
  const families = options.families ?? KNOWN_FAMILIES;
  const strict = options.strict === true;
  const readers: { entry: KnownFamily; type: string }[] = [];
  for (const entry of families) {
    const type = safeTypeOf(entry.family, value);
    if (type !== undefined) readers.push({ entry, type });
  }
  let firstRejection: Detection | undefined;
  for (const [index, { entry, type }] of readers.entries()) {
    if (!knowsType(entry.family, type)) continue;
    const detection = validate(entry, value, strict);
    if (detection.ok) {
      const later = readers.slice(index + 1).filter((r) => knowsType(r.entry.family, r.type));
      return withWarnings(detection, entry, value, later, strict, options.strictWarnings === true);
    }
    firstRejection ??= detection;
  }
  if (firstRejection) return firstRejection;
  const first = readers.find(({ entry }) => entry.claimsUnknown?.(value) ?? true);
  if (first) return validate(first.entry, value, strict);
  // Asked about one family only: its own reason (e.g. "no eventType") says more than "no family recognises it".
  const [only, ...more] = families;
  if (only && more.length === 0) return validate(only, value, strict);
  return rootFailure(UNDETECTABLE_MESSAGE, value);
}

/**
 * Adds what the reader should know about a valid payload: that another family would take it as well (a guest's
 * `Text` callback and a bot's `Text` request look alike), and, on request, what strict mode would reject.
 */
function withWarnings(
  detection: Detection,
  entry: KnownFamily,
  value: unknown,
  others: readonly { entry: KnownFamily; type: string }[],
  strict: boolean,
  strictWarnings: boolean,
): Detection {
  const warnings = [...detection.warnings];
  for (const other of others) {
    if (!validate(other.entry, value, strict).ok) continue;
    const { vendor, family } = other.entry.family;
    warnings.push({
      code: "also_valid",
      message: `also a valid ${vendor} ${family} ${other.type}; say which with --family ${family}`,
      path: "$",
    });
  }
  if (strictWarnings && !strict && !entry.alwaysStrict && detection.known) {
    const result = entry.family.safeParse(value, { strict: true });
    if (!result.ok) for (const issue of result.error.issues) warnings.push(strictWarning(issue));
  }
  return warnings.length === detection.warnings.length ? detection : { ...detection, warnings };
}

/** What strict mode rejected, as a warning: zod's message names keys and known values, never received values. */
function strictWarning(issue: ContactkitIssue): ParseWarning {
  const code =
    issue.code === "unrecognized_keys"
      ? "unknown_key"
      : issue.code === "invalid_value"
        ? "unknown_enum_value"
        : "strict";
  const what = code === "unknown_key" ? "unknown key" : code === "unknown_enum_value" ? "unknown enum value" : "strict";
  return { code, message: `${what}: ${issue.message}`, path: issue.path };
}

function knowsType(family: AnyEventFamily, type: string): boolean {
  return (family.types as readonly string[]).includes(type);
}

function safeTypeOf(family: AnyEventFamily, value: unknown): string | undefined {
  try {
    return family.typeOf(value);
  } catch {
    // A family's prepare/discriminator must not throw, but one bad family must not break detection of the others.
    return undefined;
  }
}

function validate(entry: KnownFamily, value: unknown, strict: boolean): Detection {
  const { family } = entry;
  const result = family.safeParse(value, { strict: strict || entry.alwaysStrict });
  const base = { vendor: family.vendor, family: family.family };
  if (result.ok) {
    return {
      ...base,
      ok: true,
      type: result.type,
      known: result.known,
      issues: [],
      warnings: result.warnings,
      event: result.event,
    };
  }
  const issues = result.error.issues.map(({ path, message }) => ({ path, message }));
  const type = result.error.eventType ?? safeTypeOf(family, value) ?? null;
  return {
    ...base,
    ok: false,
    type,
    // The type is known even when this payload of it is invalid; `ok: false` says it failed.
    known: type !== null && knowsType(family, type),
    issues,
    warnings: [],
    event: value,
  };
}

/** A failed detection with one issue at the root (`$`). */
export function rootFailure(message: string, event: unknown = undefined): Detection {
  return {
    ok: false,
    vendor: null,
    family: null,
    type: null,
    known: false,
    issues: [{ path: "$", message }],
    warnings: [],
    event,
  };
}
