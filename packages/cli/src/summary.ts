import { isJsonObject } from "@contactkit/core";

const INTERESTING_KEY = /^(id|time|state|status|started|ended|created|activity)$|(Id|_id|Time|At|_at)$/;
const MAX_FIELDS = 4;
const MAX_VALUE = 40;

/**
 * A short, one-line summary of an event for the terminal: up to four identifying scalar fields (ids, times,
 * states), breadth first, e.g. `data.id=123 data.started=2024-01-01T10:00:00Z`.
 */
export function summarise(event: unknown): string {
  const fields: string[] = [];
  let level: { prefix: string; value: unknown }[] = [{ prefix: "", value: event }];
  for (let depth = 0; depth < 4 && level.length > 0 && fields.length < MAX_FIELDS; depth++) {
    const next: { prefix: string; value: unknown }[] = [];
    for (const { prefix, value } of level) {
      if (!isJsonObject(value)) continue;
      for (const [key, child] of Object.entries(value)) {
        const path = prefix === "" ? key : `${prefix}.${key}`;
        if (isScalar(child)) {
          if (INTERESTING_KEY.test(key) && fields.length < MAX_FIELDS) fields.push(`${path}=${show(child)}`);
        } else if (key !== "envelope") {
          next.push({ prefix: path, value: child });
        }
      }
    }
    level = next;
  }
  return fields.join(" ");
}

function isScalar(value: unknown): value is string | number | boolean {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean";
}

function show(value: string | number | boolean): string {
  const text = String(value);
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}
