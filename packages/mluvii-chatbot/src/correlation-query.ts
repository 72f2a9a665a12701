/** JSON with object keys sorted, so equal parameters give equal text whatever order they were written in. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/**
 * The parameters of a request that shape its answer — everything but the activity name and the session — as
 * canonical JSON, or `""` when there are none. Reads share answers only between requests with the same query
 * (`getAvailableGroups(s, { groupIds: [1] })` must not take the answer to `getAvailableGroups(s)`).
 */
export function correlationQueryOf(request: object): string {
  const { activity: _activity, sessionId: _sessionId, ...parameters } = request as Record<string, unknown>;
  return Object.values(parameters).some((v) => v !== undefined) ? canonicalJson(parameters) : "";
}
