import type { TestRandom } from "./random";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Runs of an id that are regenerated: digits, or hex of at least six characters in one case. */
const ID_RUN = /[0-9a-f]{6,}|[0-9A-F]{6,}|\d+/g;

/**
 * Ids handed out by unique sources in this process. Bounded: after this many the record starts afresh, which only
 * matters for a process that creates a hundred thousand events and compares the first with the last.
 */
const issued = new Set<string>();
const MAX_ISSUED = 100_000;
const MAX_REDRAWS = 64;

function hexDigits(random: TestRandom, length: number, upper: boolean): string {
  let out = "";
  for (let i = 0; i < length; i++) out += random.integer(0, 15).toString(16);
  return upper ? out.toUpperCase() : out;
}

function digits(random: TestRandom, length: number, leadingZeroAllowed: boolean): string {
  let out = leadingZeroAllowed || length === 1 ? String(random.integer(0, 9)) : String(random.integer(1, 9));
  for (let i = 1; i < length; i++) out += String(random.integer(0, 9));
  return out;
}

function uuidV4(random: TestRandom, upper: boolean): string {
  const hex = hexDigits(random, 32, false).split("");
  hex[12] = "4";
  hex[16] = "89ab"[random.integer(0, 3)]!;
  const text = hex.join("");
  const uuid = `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
  return upper ? uuid.toUpperCase() : uuid;
}

function regenerateRun(run: string, random: TestRandom): string {
  if (/^\d+$/.test(run)) return digits(random, run.length, run.startsWith("0"));
  return hexDigits(random, run.length, /[A-F]/.test(run));
}

/** One fresh value shaped like `example`, or `example` itself when it has no recognisable id shape. */
function drawLike(example: string | number, random: TestRandom): string | number {
  if (typeof example === "number") {
    if (!Number.isSafeInteger(example) || example < 0) return example;
    const length = String(example).length;
    return Number(digits(random, length, false));
  }
  if (UUID.test(example)) return uuidV4(random, example !== example.toLowerCase());
  const alphanumerics = example.replace(/[^A-Za-z0-9]/g, "").length;
  const inRuns = (example.match(ID_RUN) ?? []).reduce((sum, run) => sum + run.length, 0);
  // A long token that is mostly not digit or hex runs (base64-like, `GQLAJRxeLTC7rVOhclj79Q..`): redraw every
  // letter and digit in its own class, keeping punctuation.
  if (alphanumerics >= 12 && inRuns * 2 < alphanumerics)
    return example.replace(/[A-Za-z0-9]/g, (c) => sameClass(c, random));
  return example.replace(ID_RUN, (run) => regenerateRun(run, random));
}

/** Whether {@link drawLike} can change `example` at all (a string without digits or hex runs it cannot). */
function isRedrawable(example: string | number): boolean {
  if (typeof example === "number") return Number.isSafeInteger(example) && example >= 0;
  return (
    UUID.test(example) || new RegExp(ID_RUN.source).test(example) || example.replace(/[^A-Za-z0-9]/g, "").length >= 12
  );
}

function sameClass(char: string, random: TestRandom): string {
  if (char >= "0" && char <= "9") return String(random.integer(0, 9));
  const letter = String.fromCharCode(97 + random.integer(0, 25));
  return char >= "A" && char <= "Z" ? letter.toUpperCase() : letter;
}

/**
 * A fresh id shaped like `example`, sized like the vendor's: an integer with as many digits, a UUID (v4), a string
 * whose digit runs and hex runs (six or more hex digits) are redrawn with the same length and case — `MB7a50…`
 * stays `MB` + 32 hex digits, a 24-hex ObjectId stays one — or, for a long token of other characters, every letter
 * and digit redrawn in its own class. From a unique source ({@link TestRandom.unique}) the id is also one this
 * process has not handed out before, where the id's size leaves room for that.
 */
export function freshIdLike(example: string | number, random: TestRandom): string | number {
  let value = drawLike(example, random);
  if (!random.unique || !isRedrawable(example)) return value;
  let shape = example;
  for (let attempt = 1; issued.has(`${typeof value}:${value}`); attempt++) {
    // A short integer id's every value may be taken (a 3-digit chat id has 900): grow it by a digit rather than
    // hand out a duplicate that a dedupe store would drop.
    if (attempt % MAX_REDRAWS === 0 && typeof shape === "number" && shape * 10 <= Number.MAX_SAFE_INTEGER) shape *= 10;
    else if (attempt > MAX_REDRAWS * 4) break;
    value = drawLike(shape, random);
  }
  if (issued.size >= MAX_ISSUED) issued.clear();
  issued.add(`${typeof value}:${value}`);
  return value;
}

/** Options of {@link refreshIds}. */
export interface RefreshIdsOptions {
  /**
   * Where the ids are, each as a key (`"sessionId"`: that key at any depth), a key with its parents
   * (`"roomInfo.id"`: an `id` inside a `roomInfo`, at any depth) or a path from the root (`"$.id"`). Array indexes
   * are not part of a path: `"participants.id"` is the `id` of every participant.
   */
  readonly keys: Iterable<string>;
  /** Where the new ids come from. */
  readonly random: TestRandom;
}

type Matcher = (path: readonly string[]) => boolean;

function matcherOf(spec: string): Matcher {
  const anchored = spec.startsWith("$.");
  const parts = (anchored ? spec.slice(2) : spec).split(".");
  return (path) => {
    if (anchored ? path.length !== parts.length : path.length < parts.length) return false;
    const offset = path.length - parts.length;
    return parts.every((part, i) => path[offset + i] === part);
  };
}

const isId = (value: unknown): value is string | number =>
  (typeof value === "string" && value.length > 0) || (typeof value === "number" && Number.isSafeInteger(value));

/**
 * A deep copy of `value` in which every id — a string or integer at one of `keys` — is replaced by a fresh one of the
 * same shape ({@link freshIdLike}). Consistent within the value: an id that occurs twice gets the same new id in
 * both places, and a string id (six characters or more) is replaced wherever else it occurs as a value, so a
 * conversation's `_id` follows the event's `conversationId`.
 *
 * @example
 * refreshIds({ data: { id: 7380342, tenantId: 62 } }, { keys: ["id"], random: createTestRandom() });
 * // → { data: { id: 4921337, tenantId: 62 } }
 */
export function refreshIds<T>(value: T, options: RefreshIdsOptions): T {
  const matchers = [...options.keys].map(matcherOf);
  const isIdPath = (path: readonly string[]) => matchers.some((match) => match(path));
  const renewed = new Map<string, string | number>();
  const memoKey = (id: string | number) => `${typeof id}:${id}`;
  // First pass: every id at an id path gets its new value, in document order (so a seed gives the same ids).
  const collect = (node: unknown, path: string[]): void => {
    if (path.length > 0 && isIdPath(path) && isId(node)) {
      if (!renewed.has(memoKey(node))) renewed.set(memoKey(node), freshIdLike(node, options.random));
    } else if (Array.isArray(node)) for (const item of node) collect(item, path);
    else if (node !== null && typeof node === "object") {
      for (const [key, child] of Object.entries(node)) collect(child, [...path, key]);
    }
  };
  collect(value, []);
  // Second pass: replace them, at their paths and — for strings long enough not to collide by chance — anywhere.
  const copy = (node: unknown, path: string[]): unknown => {
    if (isId(node)) {
      const next = renewed.get(memoKey(node));
      const replace = next !== undefined && (isIdPath(path) || (typeof node === "string" && node.length >= 6));
      return replace ? next : node;
    }
    if (Array.isArray(node)) return node.map((item) => copy(item, path));
    if (node === null || typeof node !== "object") return node;
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(node)) out[key] = copy(child, [...path, key]);
    return out;
  };
  return copy(value, []) as T;
}
