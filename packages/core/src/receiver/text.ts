/** Longest text read from a payload (an event type) that goes into a log line or an answer. */
export const MAX_SHOWN_TEXT = 100;

/**
 * Payload text made safe to show in one log line or answer: control and separator characters escaped (no forged
 * log lines), cut to `max` characters with a note of the full length.
 */
export function shownText(text: string, max: number = MAX_SHOWN_TEXT): string {
  const head = text.length > max ? text.slice(0, max) : text;
  const safe = head.replace(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is escaped here.
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
  return text.length > max ? `${safe}… (${text.length} characters)` : safe;
}
