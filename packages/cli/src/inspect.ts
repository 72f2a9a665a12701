import { type Detection, type DetectOptions, detectFamily, type InspectVerdict, rootFailure } from "./detect";
import { type PayloadFormat, splitPayloads } from "./payloads";

/** Options of {@link inspectPayload}. */
export interface InspectOptions extends DetectOptions {
  /** How to split the text: `auto` (default) detects NDJSON, `json` forces one document, `ndjson` one per line. */
  readonly format?: PayloadFormat;
}

/** The inspection of one payload of a text. */
export interface InspectedPayload extends Detection {
  /** 1-based line of an NDJSON record, `undefined` for a whole-text document. */
  readonly line: number | undefined;
}

/** Exit code of `contactkit inspect`: 0 valid and known, 1 invalid or undetectable, 3 valid but unknown type. */
export type InspectExitCode = 0 | 1 | 3;

/**
 * Inspects a captured payload text: splits it (one JSON document, or NDJSON with one payload per line), detects
 * each payload's vendor and family, validates it and returns one result per payload. Never throws on bad input.
 *
 * @example
 * const [result] = inspectPayload('{"eventType":"SessionCreated","data":{…}}');
 * console.log(result.vendor, result.family, result.type, result.ok);
 */
export function inspectPayload(text: string, options: InspectOptions = {}): InspectedPayload[] {
  const payloads = splitPayloads(text, options.format ?? "auto");
  if (payloads.length === 0) {
    return [{ ...notJson("the input is empty; expected a JSON value or NDJSON lines"), line: undefined }];
  }
  return payloads.map((payload) =>
    payload.ok
      ? { ...detectFamily(payload.value, options), line: payload.line }
      : { ...notJson(payload.message), line: payload.line },
  );
}

/** A failed detection with one issue at the root: input that is not JSON, or that could not be read. */
export function notJson(message: string): Detection {
  return rootFailure(message);
}

/** The exit code for one verdict. */
export function exitCodeOf(verdict: InspectVerdict): InspectExitCode {
  if (!verdict.ok) return 1;
  return verdict.known ? 0 : 3;
}

/** The worst exit code of several verdicts (1 beats 3 beats 0); 1 when there are none. */
export function worstExitCode(verdicts: readonly InspectVerdict[]): InspectExitCode {
  if (verdicts.length === 0) return 1;
  let worst: InspectExitCode = 0;
  for (const verdict of verdicts) {
    const code = exitCodeOf(verdict);
    if (code === 1) return 1;
    if (code === 3) worst = 3;
  }
  return worst;
}

/**
 * Exactly the `--json` object of a result: `{ok, vendor, family, type, known, issues}`, plus
 * `warnings: [{path, code, message}]` when `options.warnings` is set.
 */
export function toVerdict(result: InspectVerdict, options: { readonly warnings?: boolean } = {}): InspectVerdict {
  return {
    ok: result.ok,
    vendor: result.vendor,
    family: result.family,
    type: result.type,
    known: result.known,
    issues: result.issues.map(({ path, message }) => ({ path, message })),
    ...(options.warnings
      ? { warnings: (result.warnings ?? []).map(({ path, code, message }) => ({ path: path ?? "$", code, message })) }
      : {}),
  };
}
