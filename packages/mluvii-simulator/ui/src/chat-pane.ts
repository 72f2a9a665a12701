/** One session as the guest sees it, with the guest's controls and the operator/platform side. */
import { useEffect, useRef, useState } from "preact/hooks";
import type { OperatorView, SessionView } from "../../src/emulator/protocol";
import { API, call, uploadFile } from "./api";
import { ChatItemView } from "./chat-item";
import { html } from "./html";
import { OperatorPanel } from "./operator-panel";
import { useAction } from "./use-action";

/** Where a shared location defaults to (Prague). */
const DEFAULT_LOCATION = { latitude: 50.0875, longitude: 14.4213 };

function Composer({ session }: { session: SessionView }) {
  const [text, setText] = useState("");
  const [run, error, busy] = useAction();
  const closed = session.state === "ended";
  const disabled = closed || !session.guestInputEnabled;
  const send = (e: Event) => {
    e.preventDefault();
    const value = text.trim();
    if (value === "") return;
    setText("");
    void run(() => call("POST", `/sessions/${session.id}/messages`, { text: value }));
  };
  return html`<form class="composer" onSubmit=${send}>
    <label class="visually-hidden" for=${`msg-${session.id}`}>Message as the guest</label>
    <input
      id=${`msg-${session.id}`}
      autocomplete="off"
      placeholder=${closed ? "The session has ended" : disabled ? "The bot disabled the guest's input" : "Write as the guest…"}
      value=${text}
      disabled=${disabled}
      onInput=${(e: Event) => setText((e.target as HTMLInputElement).value)}
    />
    <button type="submit" disabled=${disabled || busy || text.trim() === ""}>Send</button>
    ${error ? html`<p class="error" role="alert">${error}</p>` : null}
  </form>`;
}

function GuestTools({ session }: { session: SessionView }) {
  const [run, error] = useAction();
  const [location, setLocation] = useState(DEFAULT_LOCATION);
  const fileInput = useRef<HTMLInputElement>(null);
  const id = session.id;
  if (session.state === "ended") return null;
  const canUpload = session.uploadPromptOpen || session.guestUploadEnabled;
  const onFile = (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) void run(() => uploadFile(id, file)).then(() => (input.value = ""));
  };
  return html`<div class="guest-tools">
    ${session.uploadPromptOpen ? html`<p class="prompt">The bot asks for a file.</p>` : null}
    ${session.locationRequest !== null ? html`<p class="prompt">The bot asks for your location.</p>` : null}
    <div class="tool-row">
      ${
        canUpload
          ? html`<label class="button-like" for=${`file-${id}`}>Upload a file</label>
              <input id=${`file-${id}`} ref=${fileInput} class="visually-hidden" type="file" onChange=${onFile} />`
          : null
      }
      ${
        session.uploadPromptOpen
          ? html`<button type="button" class="secondary" onClick=${() => run(() => call("POST", `/sessions/${id}/files/cancel`, {}))}>
              Cancel upload
            </button>`
          : null
      }
      <details class="location-tool" open=${session.locationRequest !== null}>
        <summary>Share location</summary>
        <form
          onSubmit=${(e: Event) => {
            e.preventDefault();
            void run(() => call("POST", `/sessions/${id}/location`, location));
          }}
        >
          <label>Latitude <input type="number" step="any" min="-90" max="90" value=${location.latitude}
            onInput=${(e: Event) => setLocation({ ...location, latitude: Number((e.target as HTMLInputElement).value) })} /></label>
          <label>Longitude <input type="number" step="any" min="-180" max="180" value=${location.longitude}
            onInput=${(e: Event) => setLocation({ ...location, longitude: Number((e.target as HTMLInputElement).value) })} /></label>
          <button type="submit">Share</button>
        </form>
      </details>
      <button type="button" class="secondary" onClick=${() => run(() => call("POST", `/sessions/${id}/leave`, {}))}>
        Guest leaves
      </button>
    </div>
    ${error ? html`<p class="error" role="alert">${error}</p>` : null}
  </div>`;
}

/** Export links: every payload, or one kind for `contactkit replay`. */
function ExportMenu({ id }: { id: number }) {
  const link = (kind: string, label: string) =>
    html`<a href=${`${API}/sessions/${id}/export?kind=${kind}`} download>${label}</a>`;
  return html`<details class="export">
    <summary>Export NDJSON</summary>
    <div class="export-links">
      ${link("all", "everything")} ${link("callbacks", "callbacks (replay into a bot)")}
      ${link("webhooks", "webhooks (replay into a receiver)")} ${link("activities", "bot activities")}
    </div>
  </details>`;
}

const STATE_LABEL = {
  bot: "with the bot",
  queued: "waiting for an operator",
  operator: "with an operator",
  ended: "ended",
};

/** A session pane. */
export function ChatPane({
  session,
  operators,
  onClose,
}: {
  session: SessionView;
  operators: readonly OperatorView[];
  onClose: () => void;
}) {
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    const el = list.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [session.items.length, session.typing]);
  return html`<section class="pane" aria-label=${`Session ${session.id}`} data-session=${session.id}>
    <header class="pane-head">
      <h2>Session ${session.id}</h2>
      <span class=${`state state-${session.state}`}>${STATE_LABEL[session.state]}</span>
      <span class="muted">${session.source} · ${session.channel} · ${session.language}</span>
      <button type="button" class="icon" aria-label="Close this pane" title="Close this pane" onClick=${onClose}>✕</button>
    </header>
    <ol class="chat" ref=${list} role="log" aria-live="polite" aria-label="Conversation">
      ${session.items.map(
        (item) =>
          html`<${ChatItemView} key=${item.id} item=${item} sessionId=${session.id} ended=${session.state === "ended"} />`,
      )}
      ${session.typing ? html`<li class="typing" aria-label="The bot is typing"><span></span><span></span><span></span></li>` : null}
    </ol>
    <${GuestTools} session=${session} />
    <${Composer} session=${session} />
    <${OperatorPanel} session=${session} operators=${operators} />
    <${ExportMenu} id=${session.id} />
  </section>`;
}
