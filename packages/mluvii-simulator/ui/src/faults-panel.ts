/** Faults: presets, a form for any fault the simulator supports, the active ones, token expiry. */
import { useState } from "preact/hooks";
import type { FaultView } from "../../src/emulator/protocol";
import { call } from "./api";
import { html } from "./html";
import { useAction } from "./use-action";

const INBOUND = ["chatbot-activity", "token", "webhooks-api"];
const OUTBOUND = ["bot-callback", "webhook-delivery"];
const KINDS: Record<string, string[]> = {
  inbound: ["status", "latency", "drop"],
  outbound: ["drop", "latency", "duplicate", "out-of-order"],
};

const PRESETS: { label: string; spec: Record<string, unknown> }[] = [
  {
    label: "429 on the next GetAvailableGroups",
    spec: { route: "chatbot-activity", kind: "status", status: 429, retryAfter: 1, activity: "GetAvailableGroups" },
  },
  { label: "503 on the bot's next activity", spec: { route: "chatbot-activity", kind: "status", status: 503 } },
  {
    label: "Lose the next …Response callback",
    spec: {
      route: "bot-callback",
      kind: "drop",
      activity: [
        "GetAvailableGroupsResponse",
        "GetCallParamsResponse",
        "SendHeroCardResponse",
        "SetCallParamsResponse",
      ],
    },
  },
  {
    label: "Delay the next guest Text by 2.5 s",
    spec: { route: "bot-callback", kind: "latency", ms: 2500, activity: "Text" },
  },
  { label: "Duplicate the next webhook", spec: { route: "webhook-delivery", kind: "duplicate" } },
  { label: "Reorder the next two webhooks", spec: { route: "webhook-delivery", kind: "out-of-order" } },
  {
    label: "Drop the answer to the next Text (processed, unacknowledged)",
    spec: { route: "chatbot-activity", kind: "drop", when: "after-processing", activity: "Text" },
  },
];

const list = (text: string) => {
  const items = text
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return items.length === 0 ? undefined : items.length === 1 ? items[0] : items;
};

/** The faults tab. */
export function FaultsPanel({ faults }: { faults: readonly FaultView[] }) {
  const [run, error] = useAction();
  const [route, setRoute] = useState("chatbot-activity");
  const [kind, setKind] = useState("status");
  const [status, setStatus] = useState("429");
  const [retryAfter, setRetryAfter] = useState("1");
  const [ms, setMs] = useState("2500");
  const [when, setWhen] = useState("before-read");
  const [filter, setFilter] = useState("");
  const [times, setTimes] = useState("1");
  const [note, setNote] = useState<string | undefined>(undefined);
  const side = INBOUND.includes(route) ? "inbound" : "outbound";
  const kinds = KINDS[side] ?? [];
  const inject = (spec: Record<string, unknown>) =>
    run(() => call("POST", "/faults", spec)).then((done) => setNote(done ? "Injected." : undefined));
  const submit = (e: Event) => {
    e.preventDefault();
    const k = kinds.includes(kind) ? kind : (kinds[0] as string);
    const spec: Record<string, unknown> = { route, kind: k, times: times === "every" ? "Infinity" : Number(times) };
    if (k === "status")
      Object.assign(spec, { status: Number(status), ...(retryAfter ? { retryAfter: Number(retryAfter) } : {}) });
    if (k === "latency") spec.ms = Number(ms);
    if (k === "drop" && side === "inbound") spec.when = when;
    const f = list(filter);
    if (f !== undefined) spec[route === "webhook-delivery" ? "eventType" : "activity"] = f;
    void inject(spec);
  };
  const field = (label: string, value: string, set: (v: string) => void, attrs: Record<string, unknown> = {}) =>
    html`<label>${label} <input value=${value} ...${attrs} onInput=${(e: Event) => set((e.target as HTMLInputElement).value)} /></label>`;
  return html`<div class="faults">
    <section aria-label="Presets">
      <h3>Presets</h3>
      <div class="tool-row wrap">
        ${PRESETS.map((p) => html`<button type="button" class="secondary" onClick=${() => inject(p.spec)}>${p.label}</button>`)}
        <button type="button" class="secondary" onClick=${() => run(() => call("POST", "/tokens/expire")).then(() => setNote("Every token expired: the bot's next call gets 401."))}>
          Expire every token
        </button>
        <button type="button" class="secondary" onClick=${() => run(() => call("POST", "/release-held"))}>Release held payloads</button>
      </div>
    </section>
    <form class="fault-form" onSubmit=${submit} aria-label="Inject a fault">
      <h3>Inject a fault</h3>
      <label
        >Route
        <select value=${route} onChange=${(e: Event) => setRoute((e.target as HTMLSelectElement).value)}>
          ${[...INBOUND, ...OUTBOUND].map((r) => html`<option value=${r}>${r}</option>`)}
        </select></label
      >
      <label
        >Kind
        <select value=${kinds.includes(kind) ? kind : kinds[0]} onChange=${(e: Event) => setKind((e.target as HTMLSelectElement).value)}>
          ${kinds.map((k) => html`<option value=${k}>${k}</option>`)}
        </select></label
      >
      ${kind === "status" && side === "inbound" ? [field("Status", status, setStatus, { type: "number", min: 400, max: 599 }), field("Retry-After (s)", retryAfter, setRetryAfter, { type: "number", min: 0 })] : null}
      ${kind === "latency" ? field("Delay (ms)", ms, setMs, { type: "number", min: 0 }) : null}
      ${
        kind === "drop" && side === "inbound"
          ? html`<label
              >When
              <select value=${when} onChange=${(e: Event) => setWhen((e.target as HTMLSelectElement).value)}>
                <option value="before-read">before reading the request</option>
                <option value="after-read">after reading, not processed</option>
                <option value="after-processing">after processing (answer lost)</option>
              </select></label
            >`
          : null
      }
      ${field(route === "webhook-delivery" ? "Event types (comma-separated, optional)" : "Activities (comma-separated, optional)", filter, setFilter)}
      <label
        >Times
        <select value=${times} onChange=${(e: Event) => setTimes((e.target as HTMLSelectElement).value)}>
          ${["1", "2", "3", "5", "every"].map((t) => html`<option value=${t}>${t}</option>`)}
        </select></label
      >
      <button type="submit">Inject</button>
    </form>
    ${error ? html`<p class="error" role="alert">${error}</p>` : note ? html`<p class="ok" role="status">${note}</p>` : null}
    <section aria-label="Active faults">
      <h3>Active faults</h3>
      ${
        faults.length === 0
          ? html`<p class="muted">None.</p>`
          : html`<ul class="fault-list">
              ${faults.map(
                (f) => html`<li>
                  <code>${f.label}</code> <span class="muted">${f.hits} hit${f.hits === 1 ? "" : "s"} so far</span>
                  <button type="button" class="secondary" aria-label=${`Remove fault ${f.id}`} onClick=${() => run(() => call("DELETE", `/faults/${f.id}`))}>Remove</button>
                </li>`,
              )}
            </ul>
            <button type="button" class="secondary" onClick=${() => run(() => call("DELETE", "/faults"))}>Remove all</button>`
      }
    </section>
  </div>`;
}
