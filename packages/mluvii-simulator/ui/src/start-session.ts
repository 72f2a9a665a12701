/** Starts a session: channel, source, language, call params and the guest's identity. */
import { useState } from "preact/hooks";
import type { SessionView } from "../../src/emulator/protocol";
import { call } from "./api";
import { html } from "./html";
import { useAction } from "./use-action";

const SOURCES = [
  "Default",
  "Facebook",
  "WhatsApp",
  "Apple",
  "VK",
  "GenericChannel",
  "Invitation",
  "ChatInvitation",
  "API",
];
const CHANNELS = ["Chat", "AV", "Phone"];

/** `key=value` lines → a record (blank lines and lines without `=` are ignored). */
export function parsePairs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split("\n")) {
    const at = line.indexOf("=");
    if (at > 0) out[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return out;
}

/** The "new session" form. */
export function StartSession({ onStarted }: { onStarted: (session: SessionView) => void }) {
  const [source, setSource] = useState("Default");
  const [channel, setChannel] = useState("Chat");
  const [language, setLanguage] = useState("en");
  const [params, setParams] = useState("");
  const [identity, setIdentity] = useState("");
  const [run, error, busy] = useAction();
  const start = (e: Event) => {
    e.preventDefault();
    void run(async () => {
      const session = await call<SessionView>("POST", "/sessions", {
        source,
        channel,
        language,
        callParams: parsePairs(params),
        guestIdentity: parsePairs(identity),
      });
      onStarted(session);
    });
  };
  const select = (label: string, value: string, set: (v: string) => void, options: string[]) =>
    html`<label
      >${label}
      <select value=${value} onChange=${(e: Event) => set((e.target as HTMLSelectElement).value)}>
        ${options.map((o) => html`<option value=${o}>${o === "Default" ? "Default (web chat)" : o}</option>`)}
      </select></label
    >`;
  return html`<form class="start" onSubmit=${start} aria-label="Start a session">
    <button type="submit" class="primary" disabled=${busy}>Start a session</button>
    <details>
      <summary>Options</summary>
      ${select("Source", source, setSource, SOURCES)} ${select("Channel", channel, setChannel, CHANNELS)}
      <label
        >Language
        <input value=${language} maxlength="2" pattern="[a-z]{2}" onInput=${(e: Event) => setLanguage((e.target as HTMLInputElement).value)}
      /></label>
      <label
        >Call params <small>(key=value per line)</small>
        <textarea rows="2" value=${params} onInput=${(e: Event) => setParams((e.target as HTMLTextAreaElement).value)}></textarea>
      </label>
      <label
        >Guest identity <small>(e.g. phoneCallerId=+420…)</small>
        <textarea rows="2" value=${identity} onInput=${(e: Event) => setIdentity((e.target as HTMLTextAreaElement).value)}></textarea>
      </label>
    </details>
    ${error ? html`<p class="error" role="alert">${error}</p>` : null}
  </form>`;
}
