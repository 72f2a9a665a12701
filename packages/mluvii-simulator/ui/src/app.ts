/** The emulator: sessions side by side, the inspector, faults and the simulated tenant. */
import { useEffect, useReducer, useState } from "preact/hooks";
import type { EmulatorEventMap } from "../../src/emulator/protocol";
import { connect } from "./api";
import { ChatPane } from "./chat-pane";
import { FaultsPanel } from "./faults-panel";
import { html } from "./html";
import { Inspector } from "./inspector";
import { StartSession } from "./start-session";
import { initialState, reduce, type UiState } from "./state";
import { TenantPanel } from "./tenant-panel";

type Tab = "chat" | "inspector" | "faults" | "tenant";
const TABS: [Tab, string][] = [
  ["chat", "Chat"],
  ["inspector", "Inspector"],
  ["faults", "Faults"],
  ["tenant", "Tenant"],
];

type Action = { event: keyof EmulatorEventMap; data: unknown } | { connected: boolean };

function reducer(state: UiState, action: Action): UiState {
  if ("connected" in action) return { ...state, connected: action.connected };
  return reduce(state, action.event, action.data as never);
}

/** The whole page. */
export function App() {
  const [state, dispatch] = useReducer(reducer, initialState);
  const [tab, setTab] = useState<Tab>("chat");
  const [open, setOpen] = useState<number[]>([]);
  useEffect(
    () =>
      connect(
        (event, data) => dispatch({ event, data }),
        (connected) => dispatch({ connected }),
      ),
    [],
  );
  // A session started elsewhere (a script, the terminal chat) opens its pane too. Every change of `open` is a
  // function of the current list, never of a render's copy: a session started from this page answers after its
  // server-sent event may already have opened other panes, and a stale copy would close them.
  useEffect(() => {
    const fresh = state.sessions.filter((s) => s.state !== "ended" && !closed.has(s.id)).map((s) => s.id);
    setOpen((current) => {
      const added = fresh.filter((id) => !current.includes(id));
      return added.length > 0 ? [...current, ...added] : current;
    });
  }, [state.sessions.length]);
  const sim = state.simulator;
  const failures = state.exchanges.filter((e) => e.outcome === "failed").length;
  const openSession = (id: number) => {
    closed.delete(id);
    setOpen((current) => (current.includes(id) ? current : [...current, id]));
    setTab("chat");
  };
  const closePane = (id: number) => {
    closed.add(id);
    setOpen((current) => current.filter((x) => x !== id));
  };
  return html`<div class="app">
    <header class="top">
      <h1>contactkit emulator <small>mluvii</small></h1>
      <span class=${`conn ${state.connected ? "on" : "off"}`} role="status">${state.connected ? "live" : "connecting…"}</span>
      ${
        sim
          ? html`<span class="muted sim-info"
              >chatbot ${sim.chatbotId} · bot callback <code>${sim.botCallbackUrl ?? "not set"}</code></span
            >`
          : null
      }
    </header>
    <nav class="tabs" role="tablist" aria-label="Views" onKeyDown=${(e: KeyboardEvent) => {
      // The tabs pattern: arrow keys move between tabs.
      const step = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
      if (step === 0) return;
      const index = TABS.findIndex(([id]) => id === tab);
      const next = TABS[(index + step + TABS.length) % TABS.length]?.[0] ?? "chat";
      setTab(next);
      document.getElementById(`tab-${next}`)?.focus();
    }}>
      ${TABS.map(
        ([id, label]) => html`<button
          type="button"
          role="tab"
          id=${`tab-${id}`}
          aria-selected=${tab === id}
          tabindex=${tab === id ? 0 : -1}
          aria-controls=${`panel-${id}`}
          class=${tab === id ? "active" : ""}
          onClick=${() => setTab(id)}
        >
          ${label}${id === "inspector" && failures > 0 ? html` <span class="badge bad">${failures}</span>` : null}
          ${id === "faults" && state.faults.length > 0 ? html` <span class="badge fault">${state.faults.length}</span>` : null}
        </button>`,
      )}
    </nav>
    <main id=${`panel-${tab}`} role="tabpanel" aria-labelledby=${`tab-${tab}`}>
      ${
        tab === "chat"
          ? html`<div class="chat-layout">
              <aside class="sessions" aria-label="Sessions">
                <${StartSession} onStarted=${(s: { id: number }) => openSession(s.id)} />
                <ul class="session-list">
                  ${[...state.sessions].reverse().map(
                    (s) => html`<li>
                      <button type="button" class=${open.includes(s.id) ? "link current" : "link"} onClick=${() => openSession(s.id)}>
                        ${s.id}
                      </button>
                      <span class=${`state state-${s.state}`}>${s.state}</span>
                    </li>`,
                  )}
                </ul>
              </aside>
              <div class="panes">
                ${
                  open.length === 0
                    ? html`<p class="empty">Start a session to chat with your bot as the guest.</p>`
                    : open.map((id) => {
                        const session = state.sessions.find((s) => s.id === id);
                        return session
                          ? html`<${ChatPane}
                              key=${id}
                              session=${session}
                              operators=${state.data?.operators ?? []}
                              onClose=${() => closePane(id)}
                            />`
                          : null;
                      })
                }
              </div>
            </div>`
          : tab === "inspector"
            ? html`<${Inspector}
                exchanges=${state.exchanges}
                deadlineMs=${sim?.callbackDeadlineMs ?? 2000}
                sessionIds=${state.sessions.map((s) => s.id)}
              />`
            : tab === "faults"
              ? html`<${FaultsPanel} faults=${state.faults} />`
              : state.data
                ? html`<${TenantPanel} data=${state.data} />`
                : null
      }
    </main>
  </div>`;
}

/** Panes the user closed stay closed when new sessions arrive. */
const closed = new Set<number>();
