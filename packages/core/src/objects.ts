/**
 * Whether `value` is an object that is neither `null` nor an array — the shape a JSON object decodes to, and the
 * check every reader of untrusted payloads makes before looking at a key. It does not look at the prototype:
 * an already-parsed value handed to a family (a Node-RED `msg`) may be any object, and reading its own keys is
 * what matters.
 *
 * @example
 * if (isJsonObject(body) && typeof body.eventType === "string") console.log(body.eventType);
 */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
