/**
 * The inspector: every exchange live — activities the bot sent (with their validation), callbacks mluvii sent the
 * bot, webhooks delivered, token requests — filterable, with JSON, status, timing and the 2-second rule.
 */
import { useMemo, useState } from "preact/hooks";
import type { ExchangeView } from "../../src/emulator/protocol";
import { html } from "./html";

const ROUTES: Record<string, string> = {
  "chatbot-activity": "bot → mluvii",
  "bot-callback": "mluvii → bot",
  "webhook-delivery": "webhook",
  token: "token",
  "webhooks-api": "webhooks API",
  "not-found": "unknown path",
};

const time = (at: number) => {
  const d = new Date(at);
  return `${d.toLocaleTimeString([], { hour12: false })}.${String(d.getMilliseconds()).padStart(3, "0")}`;
};

/** Whether an exchange broke mluvii's rule: a callback answered 200 later than the deadline. */
const isSlow = (e: ExchangeView, deadlineMs: number) =>
  e.route === "bot-callback" && (e.failure === "slow" || (e.status === 200 && e.durationMs > deadlineMs));

function Details({ entry, deadlineMs }: { entry: ExchangeView; deadlineMs: number }) {
  const json = (value: unknown) => (value === undefined ? "(empty)" : JSON.stringify(value, null, 2));
  return html`<div class="details" aria-label=${`Exchange ${entry.seq}`}>
    <p>
      <strong>${entry.method} ${entry.url}</strong> → ${entry.status ?? "no response"} in ${entry.durationMs} ms
      ${entry.attempt && entry.attempt > 1 ? ` (attempt ${entry.attempt})` : ""}
    </p>
    ${
      isSlow(entry, deadlineMs)
        ? html`<p class="rule" role="note">
            2-second rule: the bot answered after ${entry.durationMs} ms; mluvii counts a callback answered later than
            ${deadlineMs} ms as failed and disables a bot that keeps failing for 15 minutes.
          </p>`
        : null
    }
    ${entry.fault ? html`<p class="fault-note">Injected fault: ${entry.fault}</p>` : null}
    ${entry.failure && !isSlow(entry, deadlineMs) ? html`<p class="error">Failed: ${entry.failure}</p>` : null}
    ${
      entry.validation
        ? entry.validation.ok
          ? html`<p class="valid">✓ valid ${entry.validation.type}</p>
              ${(entry.validation.warnings ?? []).map((w) => html`<p class="dropped">${w}</p>`)}`
          : html`<div class="invalid" role="note">
              <p>✗ ${entry.validation.message}</p>
              <ul>
                ${(entry.validation.issues ?? []).map((i) => html`<li><code>${i.path}</code> ${i.message}</li>`)}
              </ul>
            </div>`
        : null
    }
    <h4>Request</h4>
    <pre>${json(entry.requestBody)}</pre>
    <h4>Response</h4>
    <pre>${json(entry.responseBody)}</pre>
  </div>`;
}

/** The inspector tab. */
export function Inspector({
  exchanges,
  deadlineMs,
  sessionIds,
}: {
  exchanges: readonly ExchangeView[];
  deadlineMs: number;
  sessionIds: readonly number[];
}) {
  const [route, setRoute] = useState("");
  const [session, setSession] = useState("");
  const [query, setQuery] = useState("");
  const [problems, setProblems] = useState(false);
  const [selected, setSelected] = useState<number | undefined>(undefined);
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    return exchanges.filter(
      (e) =>
        (route === "" || e.route === route) &&
        (session === "" || String(e.sessionId) === session) &&
        (!problems || e.outcome === "failed" || e.fault !== undefined || e.validation?.ok === false) &&
        (q === "" || `${e.activity ?? ""} ${e.eventType ?? ""} ${e.url} ${e.status}`.toLowerCase().includes(q)),
    );
  }, [exchanges, route, session, query, problems]);
  const entry = exchanges.find((e) => e.seq === selected);
  return html`<div class="inspector">
    <form class="filters" onSubmit=${(e: Event) => e.preventDefault()} aria-label="Filter exchanges">
      <label
        >Route
        <select value=${route} onChange=${(e: Event) => setRoute((e.target as HTMLSelectElement).value)}>
          <option value="">all</option>
          ${Object.entries(ROUTES).map(([k, v]) => html`<option value=${k}>${v}</option>`)}
        </select></label
      >
      <label
        >Session
        <select value=${session} onChange=${(e: Event) => setSession((e.target as HTMLSelectElement).value)}>
          <option value="">all</option>
          ${sessionIds.map((id) => html`<option value=${String(id)}>${id}</option>`)}
        </select></label
      >
      <label
        >Search <input type="search" value=${query} placeholder="activity, event, status" onInput=${(e: Event) =>
          setQuery((e.target as HTMLInputElement).value)}
      /></label>
      <label class="checkbox"
        ><input type="checkbox" checked=${problems} onChange=${(e: Event) => setProblems((e.target as HTMLInputElement).checked)} />
        problems only</label
      >
      <span class="muted">${shown.length} of ${exchanges.length}</span>
    </form>
    <div class="timeline-wrap">
      <table class="timeline">
        <thead>
          <tr><th>#</th><th>time</th><th>route</th><th>what</th><th>status</th><th>ms</th><th>notes</th></tr>
        </thead>
        <tbody>
          ${[...shown].reverse().map((e) => {
            const slow = isSlow(e, deadlineMs);
            const cls = [
              e.outcome === "failed" ? "failed" : "",
              slow ? "slow" : "",
              e.validation?.ok === false ? "invalid-row" : "",
              e.seq === selected ? "selected" : "",
            ].join(" ");
            return html`<tr key=${e.seq} class=${cls} data-seq=${e.seq}>
              <td><button type="button" class="link" aria-label=${`Show exchange ${e.seq}`} onClick=${() => setSelected(e.seq)}>${e.seq}</button></td>
              <td>${time(e.startedAt)}</td>
              <td>${ROUTES[e.route] ?? e.route}</td>
              <td>${e.activity ?? e.eventType ?? (e.route === "bot-callback" ? "Ping" : "")}${e.sessionId ? html` <small>${e.sessionId}</small>` : null}</td>
              <td>${e.status ?? "—"}</td>
              <td>${e.durationMs}</td>
              <td>
                ${slow ? html`<span class="badge warn">2 s rule</span>` : null}
                ${e.fault ? html`<span class="badge fault">fault ${e.fault}</span>` : null}
                ${e.validation ? html`<span class=${`badge ${e.validation.ok ? "ok" : "bad"}`}>${e.validation.ok ? "valid" : "invalid"}</span>` : null}
                ${e.failure && !slow ? html`<span class="badge bad">${e.failure}</span>` : null}
                ${e.attempt && e.attempt > 1 ? html`<span class="badge">attempt ${e.attempt}</span>` : null}
              </td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>
    ${entry ? html`<${Details} entry=${entry} deadlineMs=${deadlineMs} />` : html`<p class="muted">Select an exchange to see its JSON.</p>`}
  </div>`;
}
