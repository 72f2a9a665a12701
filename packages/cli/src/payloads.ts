import { DEFAULT_MAX_DEPTH, decodeJson } from "@contactkit/core";

/** One JSON value found in a text: decoded, or the reason it is not JSON. */
export type DecodedPayload =
  | {
      readonly ok: true;
      /** 1-based line number in the text for NDJSON records, `undefined` for a whole-text document. */
      readonly line: number | undefined;
      /** The exact text of this payload (what `replay` sends). */
      readonly text: string;
      /** The decoded value. */
      readonly value: unknown;
    }
  | {
      readonly ok: false;
      readonly line: number | undefined;
      readonly text: string;
      /** Why the text is not JSON, with a line/column when known. */
      readonly message: string;
    };

/** How to split a text into payloads: one document, one per line, or decide from the text (default). */
export type PayloadFormat = "json" | "ndjson" | "auto";

/**
 * Splits a text into JSON payloads. `auto` reads the whole text as one JSON document when it parses (a
 * pretty-printed payload spans many lines); otherwise, when its first non-empty line is a JSON value on its own,
 * as NDJSON (one payload per non-empty line, each reported separately); otherwise as one invalid document.
 */
export function splitPayloads(text: string, format: PayloadFormat = "auto"): DecodedPayload[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (format === "json") return [decodeOne(body, undefined)];
  if (format === "auto") {
    const whole = decodeOne(body, undefined);
    if (whole.ok || !looksLikeNdjson(body)) return [whole];
  }
  const out: DecodedPayload[] = [];
  body.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() !== "") out.push(decodeOne(line, index + 1));
  });
  return out;
}

function looksLikeNdjson(text: string): boolean {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== "");
  return lines.length > 1 && lines[0] !== undefined && decodeOne(lines[0], 1).ok;
}

function decodeOne(text: string, line: number | undefined): DecodedPayload {
  if (text.trim() === "") return { ok: false, line, text, message: "the input is empty; expected a JSON value" };
  const decoded = decodeJson(text, DEFAULT_MAX_DEPTH);
  if (decoded.ok) return { ok: true, line, text, value: decoded.value };
  const at = decoded.position ? ` at line ${decoded.position.line}, column ${decoded.position.column}` : "";
  return { ok: false, line, text, message: `not JSON: ${decoded.issue.message}${at}` };
}

/** Whether `text` is one JSON value (as contactkit decodes JSON: bounded depth, no duplicate-key tricks). */
export function parsesAsJson(text: string): boolean {
  return decodeJson(text, DEFAULT_MAX_DEPTH).ok;
}
