/** The simulated tenant: groups (online/busy/offline), operators (online/offline), hero cards, CRM contacts. */
import { useState } from "preact/hooks";
import type { TenantDataView } from "../../src/emulator/protocol";
import { call } from "./api";
import { html } from "./html";
import { useAction } from "./use-action";

type JsonKey = "heroCards" | "crmIdentities" | "callParams" | "guestIdentity" | "mediaObjects";

function JsonEditor({ name, label, value }: { name: JsonKey; label: string; value: unknown }) {
  const [text, setText] = useState<string | undefined>(undefined);
  const [run, error] = useAction();
  const [saved, setSaved] = useState(false);
  const shown = text ?? JSON.stringify(value, null, 2);
  const save = (e: Event) => {
    e.preventDefault();
    void run(async () => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(shown);
      } catch {
        throw new Error("Not valid JSON.");
      }
      await call("PUT", "/data", { [name]: parsed });
      setText(undefined);
      setSaved(true);
    });
  };
  return html`<form class="json-editor" onSubmit=${save}>
    <label for=${`json-${name}`}><h3>${label}</h3></label>
    <textarea id=${`json-${name}`} rows="10" spellcheck="false" value=${shown} onInput=${(e: Event) => {
      setSaved(false);
      setText((e.target as HTMLTextAreaElement).value);
    }}></textarea>
    <div class="tool-row">
      <button type="submit">Save ${label.toLowerCase()}</button>
      ${text !== undefined ? html`<button type="button" class="secondary" onClick=${() => setText(undefined)}>Revert</button>` : null}
      ${saved ? html`<span class="ok" role="status">Saved.</span>` : null}
    </div>
    ${error ? html`<p class="error" role="alert">${error}</p>` : null}
  </form>`;
}

/** The tenant tab. */
export function TenantPanel({ data }: { data: TenantDataView }) {
  const [run, error] = useAction();
  const put = (body: Partial<TenantDataView>) => run(() => call("PUT", "/data", body));
  return html`<div class="tenant">
    <section aria-label="Groups">
      <h3>Groups</h3>
      <table>
        <thead><tr><th>Group</th><th>Id</th><th>State</th></tr></thead>
        <tbody>
          ${data.groups.map(
            (g) => html`<tr>
              <td>${g.displayName}</td>
              <td>${g.groupId}</td>
              <td>
                <label class="visually-hidden" for=${`group-${g.groupId}`}>State of ${g.displayName}</label>
                <select
                  id=${`group-${g.groupId}`}
                  value=${g.groupState}
                  onChange=${(e: Event) => {
                    const groupState = (e.target as HTMLSelectElement).value;
                    void put({
                      groups: data.groups.map((x) =>
                        x.groupId === g.groupId
                          ? { ...x, groupState, groupOfflineReasons: groupState === "OFFLINE" ? ["NO_OPERATORS"] : [] }
                          : x,
                      ),
                    });
                  }}
                >
                  ${["ONLINE", "BUSY", "OFFLINE"].map((s) => html`<option value=${s}>${s}</option>`)}
                </select>
              </td>
            </tr>`,
          )}
        </tbody>
      </table>
    </section>
    <section aria-label="Operators">
      <h3>Operators</h3>
      <table>
        <thead><tr><th>Operator</th><th>Id</th><th>Groups</th><th>Online</th></tr></thead>
        <tbody>
          ${data.operators.map(
            (o) => html`<tr>
              <td>${o.displayName}</td>
              <td>${o.userId}</td>
              <td>${o.groupIds.join(", ")}</td>
              <td>
                <input
                  type="checkbox"
                  aria-label=${`${o.displayName} online`}
                  checked=${o.available !== false}
                  onChange=${(e: Event) => {
                    const available = (e.target as HTMLInputElement).checked;
                    void put({
                      operators: data.operators.map((x) => (x.userId === o.userId ? { ...x, available } : x)),
                    });
                  }}
                />
              </td>
            </tr>`,
          )}
        </tbody>
      </table>
    </section>
    ${error ? html`<p class="error" role="alert">${error}</p>` : null}
    <${JsonEditor} name="heroCards" label="Hero cards" value=${data.heroCards} />
    <${JsonEditor} name="crmIdentities" label="CRM identities" value=${data.crmIdentities} />
    <${JsonEditor} name="callParams" label="Default call params" value=${data.callParams} />
    <${JsonEditor} name="guestIdentity" label="Guest identity" value=${data.guestIdentity} />
    <${JsonEditor} name="mediaObjects" label="Stored files" value=${data.mediaObjects} />
  </div>`;
}
