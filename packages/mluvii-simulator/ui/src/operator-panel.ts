/** The operator and platform side of a session: join, write, leave, end; call params and tags. */
import { useState } from "preact/hooks";
import type { OperatorView, SessionView } from "../../src/emulator/protocol";
import { call } from "./api";
import { html } from "./html";
import { useAction } from "./use-action";

/** The operator panel of a session pane. */
export function OperatorPanel({ session, operators }: { session: SessionView; operators: readonly OperatorView[] }) {
  const [run, error] = useAction();
  const [userId, setUserId] = useState("");
  const [text, setText] = useState("");
  const id = session.id;
  const online = operators.filter((o) => o.available !== false);
  const post = (path: string, body: unknown = {}) => run(() => call("POST", `/sessions/${id}${path}`, body));
  return html`<details class="operator" open=${session.state === "queued" || session.state === "operator"}>
    <summary>Operator & platform${session.operator ? ` — ${session.operator.displayName}` : ""}</summary>
    ${
      session.state === "queued"
        ? html`<form
            class="tool-row"
            onSubmit=${(e: Event) => {
              e.preventDefault();
              void post("/operator/join", userId === "" ? {} : { userId: Number(userId) });
            }}
          >
            <label
              >Operator
              <select value=${userId} onChange=${(e: Event) => setUserId((e.target as HTMLSelectElement).value)}>
                <option value="">first online</option>
                ${online.map((o) => html`<option value=${String(o.userId)}>${o.displayName}</option>`)}
              </select></label
            >
            <button type="submit">Operator joins</button>
          </form>`
        : null
    }
    ${
      session.state === "operator"
        ? html`<form
            class="tool-row"
            onSubmit=${(e: Event) => {
              e.preventDefault();
              if (text.trim() === "") return;
              void post("/operator/messages", { text: text.trim() }).then((sent) => sent && setText(""));
            }}
          >
            <label class="grow"
              >Write as ${session.operator?.displayName ?? "the operator"}
              <input value=${text} onInput=${(e: Event) => setText((e.target as HTMLInputElement).value)} /></label>
            <button type="submit">Send</button>
            <button type="button" class="secondary" onClick=${() => post("/operator/leave")}>Operator leaves</button>
          </form>`
        : null
    }
    ${
      session.state !== "ended"
        ? html`<div class="tool-row">
            <button type="button" class="danger" onClick=${() => post("/end")}>End the session</button>
          </div>`
        : null
    }
    <dl class="facts">
      <dt>Call params</dt>
      <dd>
        ${
          Object.keys(session.callParams).length === 0
            ? html`<span class="muted">none</span>`
            : html`<table>
                ${Object.entries(session.callParams).map(([k, v]) => html`<tr><th scope="row">${k}</th><td>${v}</td></tr>`)}
              </table>`
        }
      </dd>
      <dt>Tags</dt>
      <dd>${session.tags.length === 0 ? html`<span class="muted">none</span>` : session.tags.join(", ")}</dd>
      <dt>Guest input</dt>
      <dd>${session.guestInputEnabled ? "enabled" : "disabled by the bot"}; upload ${session.guestUploadEnabled ? "enabled" : "off"}</dd>
    </dl>
    ${error ? html`<p class="error" role="alert">${error}</p>` : null}
  </details>`;
}
