/** Turns the simulator's state into the control API's views: masked URLs, plain data, fault labels. */
import type { SimulatorData } from "../data";
import type { FaultHandle } from "../faults";
import type { TranscriptEntry } from "../transcript";
import type { ExchangeView, FaultView, TenantDataView } from "./protocol";

/** A URL with credentials removed and every query value masked (`?access_token=***`): never show a secret. */
export function maskUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.username = "";
    parsed.password = "";
    const keys = [...new Set(parsed.searchParams.keys())];
    const query = keys.map((k) => `${encodeURIComponent(k)}=***`).join("&");
    return `${parsed.origin}${parsed.pathname}${query ? `?${query}` : ""}`;
  } catch {
    return url.startsWith("/") ? url : "(url)";
  }
}

/** A transcript entry for the inspector. */
export function exchangeView(entry: TranscriptEntry): ExchangeView {
  return { ...entry, url: maskUrl(entry.url) };
}

/** The tenant data as the control API shows it (a deep copy). */
export function dataView(data: SimulatorData): TenantDataView {
  return structuredClone(data) as TenantDataView;
}

/** Lists a filter value. */
const list = (value: string | readonly string[] | undefined) =>
  value === undefined ? "" : ` (${typeof value === "string" ? value : value.join(", ")})`;

/** A fault for the faults panel. */
export function faultView(handle: FaultHandle): FaultView {
  const { spec } = handle;
  const detail =
    spec.kind === "status"
      ? ` ${spec.status}${spec.retryAfter === undefined ? "" : ` Retry-After ${spec.retryAfter}`}`
      : spec.kind === "latency"
        ? ` ${spec.ms} ms`
        : spec.kind === "drop" && "when" in spec && spec.when
          ? ` ${spec.when}`
          : "";
  const times = spec.times === undefined ? 1 : spec.times;
  const label = `${spec.route} ${spec.kind}${detail}${list(spec.activity)}${list(spec.eventType)} ×${
    Number.isFinite(times) ? times : "∞"
  }`;
  return {
    id: handle.id,
    spec: { ...spec, ...(Number.isFinite(times) ? {} : { times: "Infinity" }) },
    hits: handle.hits,
    label,
  };
}
