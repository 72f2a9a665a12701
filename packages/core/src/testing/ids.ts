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
  return example.replace(ID_RUN, (run) => regenerateRun(run, random));
}

/**
 * A fresh id shaped like `example`, sized like the vendor's: an integer with as many digits, a UUID (v4), or a
 * string whose digit runs and hex runs (six or more hex digits) are redrawn with the same length and case, so
 * `MB7a50…` stays `MB` + 32 hex digits and a 24-hex ObjectId stays one. From a unique source
 * ({@link TestRandom.unique}) the id is also one this process has not handed out before, where the id's size
 * leaves room for that.
 */
export function freshIdLike(example: string | number, random: TestRandom): string | number {
  let value = drawLike(example, random);
  if (!random.unique || value === example) return value;
  for (let attempt = 0; attempt < MAX_REDRAWS && issued.has(`${typeof value}:${value}`); attempt++) {
    value = drawLike(example, random);
  }
  if (issued.size >= MAX_ISSUED) issued.clear();
  issued.add(`${typeof value}:${value}`);
  return value;
}

/** Options of {@link refreshIds}. */
export interface RefreshIdsOptions {
  /** Keys (at any depth) whose string or integer values are ids to refresh, e.g. `["id", "sessionId"]`. */
  readonly keys: Iterable<string>;
  /** Where the new ids come from. */
  readonly random: TestRandom;
}

/**
 * A deep copy of `value` in which every id — a string or integer under one of `keys`, at any depth — is replaced by
 * a fresh one of the same shape ({@link freshIdLike}). Consistent within the value: an id that occurs twice (a
 * conversation id in the event and in its task) gets the same new id in both places.
 *
 * @example
 * refreshIds({ data: { id: 7380342, tenantId: 62 } }, { keys: ["id"], random: createTestRandom() });
 * // → { data: { id: 4921337, tenantId: 62 } }
 */
export function refreshIds<T>(value: T, options: RefreshIdsOptions): T {
  const keys = new Set(options.keys);
  const memo = new Map<string, string | number>();
  const renew = (id: string | number): string | number => {
    const memoKey = `${typeof id}:${id}`;
    let next = memo.get(memoKey);
    if (next === undefined) {
      next = freshIdLike(id, options.random);
      memo.set(memoKey, next);
    }
    return next;
  };
  const copy = (node: unknown, key: string | undefined): unknown => {
    if (key !== undefined && keys.has(key) && (typeof node === "string" || typeof node === "number")) {
      return renew(node);
    }
    if (Array.isArray(node)) return node.map((item) => copy(item, undefined));
    if (node === null || typeof node !== "object") return node;
    const out: Record<string, unknown> = {};
    for (const [childKey, child] of Object.entries(node)) out[childKey] = copy(child, childKey);
    return out;
  };
  return copy(value, undefined) as T;
}
