/**
 * A hero card as the form the tenant configured: one input per field by its `inputType`, required fields and
 * e-mail/phone formats checked before submitting, submit and cancel. The simulator checks again (fields of this
 * card only, required ones filled) and answers 409 otherwise — as strict as mluvii.
 */
import { useState } from "preact/hooks";
import type { ChatItem, FormFieldView } from "../../src/emulator/protocol";
import { call } from "./api";
import { renderBotHtml } from "./bot-html";
import { html } from "./html";
import { useAction } from "./use-action";

type FormItem = Extract<ChatItem, { kind: "form" }>;

const SCALES: Record<string, readonly [string, string][]> = {
  Stars: ["1", "2", "3", "4", "5"].map((v) => [v, `${"★".repeat(Number(v))}`]),
  Smiles: [
    ["1", "1 very unhappy"],
    ["2", "2"],
    ["3", "3"],
    ["4", "4"],
    ["5", "5 very happy"],
  ],
  Thumbs: [
    ["0", "thumbs down"],
    ["1", "thumbs up"],
  ],
  NPSScale: Array.from({ length: 11 }, (_, i) => [String(i), String(i)] as [string, string]),
};

const INPUT_TYPES: Record<string, string> = {
  Email: "email",
  Phone: "tel",
  Number: "number",
  TimePicker: "datetime-local",
};

/** Why a value is not acceptable, or `undefined`. */
export function fieldProblem(field: FormFieldView, value: string): string | undefined {
  const v = value.trim();
  if (field.required && v === "") return "Required.";
  if (v === "") return undefined;
  if (field.inputType === "Email" && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v)) return "Not an e-mail address.";
  if (field.inputType === "Phone" && !/^\+?[0-9 ()-]{6,20}$/.test(v)) return "Not a phone number.";
  if (field.inputType === "Number" && !Number.isFinite(Number(v))) return "Not a number.";
  return undefined;
}

function Field({
  field,
  value,
  problem,
  set,
  idBase,
}: {
  field: FormFieldView;
  value: string;
  problem: string | undefined;
  set: (v: string) => void;
  idBase: string;
}) {
  if (field.inputType === "RichText") {
    return html`<div class="form-richtext">${renderBotHtml(field.label).nodes}</div>`;
  }
  if (field.inputType === "Submit" || !field.key) return null;
  const id = `${idBase}-${field.key}`;
  const label = html`<span>${field.label}${field.required ? html`<abbr title="required"> *</abbr>` : null}</span>`;
  const invalid = problem !== undefined;
  const message = invalid ? html`<span class="error" id=${`${id}-error`}>${problem}</span>` : null;
  const common = {
    id,
    name: field.key,
    "aria-invalid": invalid ? "true" : undefined,
    "aria-describedby": invalid ? `${id}-error` : undefined,
  };
  const scale = SCALES[field.inputType];
  const choices = scale ?? field.choiceOptions?.map((o) => [o.value, o.label] as [string, string]);
  if (choices && (scale || field.inputType === "Radio" || field.inputType === "QuickReply")) {
    return html`<fieldset class="form-field choices" aria-invalid=${invalid ? "true" : undefined}>
      <legend>${label}</legend>
      ${choices.map(
        ([v, text]) => html`<label class="choice"
          ><input type="radio" name=${id} value=${v} checked=${value === v} onChange=${() => set(v)} /> ${text}</label
        >`,
      )}
      ${message}
    </fieldset>`;
  }
  if (choices) {
    return html`<label class="form-field" for=${id}>${label}
      <select ...${common} value=${value} onChange=${(e: Event) => set((e.target as HTMLSelectElement).value)}>
        <option value="">—</option>
        ${choices.map(([v, text]) => html`<option value=${v}>${text}</option>`)}
      </select>
      ${message}</label
    >`;
  }
  if (field.inputType === "Gdpr" || field.inputType === "Confirmation") {
    return html`<label class="form-field checkbox" for=${id}>
      <input
        type="checkbox"
        ...${common}
        checked=${value === "true"}
        onChange=${(e: Event) => set((e.target as HTMLInputElement).checked ? "true" : "")}
      />
      ${label} ${message}</label
    >`;
  }
  const onInput = (e: Event) => set((e.target as HTMLInputElement).value);
  return html`<label class="form-field" for=${id}>${label}
    ${
      field.inputType === "TextArea" || field.inputType === "Feedback"
        ? html`<textarea ...${common} rows="3" value=${value} onInput=${onInput}></textarea>`
        : html`<input type=${INPUT_TYPES[field.inputType] ?? "text"} ...${common} value=${value} onInput=${onInput} />`
    }
    ${message}</label
  >`;
}

/** The hero card of a chat item. */
export function HeroCardForm({ sessionId, item, disabled }: { sessionId: number; item: FormItem; disabled: boolean }) {
  const fields = [...item.fields].sort((a, b) => a.ordinal - b.ordinal);
  const [values, setValues] = useState<Record<string, string>>(() => ({ ...item.initialParams }));
  const [shown, setShown] = useState(false);
  const [run, error, busy] = useAction();
  if (item.status !== "open") {
    return html`<div class="form-card done">
      <div class="card-title">${item.displayName}</div>
      ${
        item.status === "cancelled"
          ? html`<p class="muted">Closed without submitting.</p>`
          : html`<dl>
              ${Object.entries(item.values ?? {}).map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}
            </dl>`
      }
    </div>`;
  }
  const problems = Object.fromEntries(
    fields.filter((f) => f.key).map((f) => [f.key as string, fieldProblem(f, values[f.key as string] ?? "")]),
  );
  const submit = (e: Event) => {
    e.preventDefault();
    setShown(true);
    if (Object.values(problems).some((p) => p !== undefined)) return;
    const params = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== ""));
    void run(() => call("POST", `/sessions/${sessionId}/hero-card`, { heroCardId: item.heroCardId, params }));
  };
  const cancel = () =>
    run(() => call("POST", `/sessions/${sessionId}/hero-card/cancel`, { heroCardId: item.heroCardId }));
  const submitLabel = fields.find((f) => f.inputType === "Submit")?.label || "Submit";
  return html`<form class="form-card" onSubmit=${submit} noValidate aria-label=${`Hero card ${item.displayName}`}>
    <div class="card-title">${item.displayName}</div>
    ${fields.map(
      (f) =>
        html`<${Field}
          key=${f.ordinal}
          field=${f}
          idBase=${`s${sessionId}-i${item.id}`}
          value=${f.key ? (values[f.key] ?? "") : ""}
          problem=${shown && f.key ? problems[f.key] : undefined}
          set=${(v: string) => setValues({ ...values, [f.key as string]: v })}
        />`,
    )}
    <div class="form-actions">
      <button type="submit" disabled=${disabled || busy}>${submitLabel}</button>
      <button type="button" class="secondary" disabled=${disabled || busy} onClick=${cancel}>Cancel</button>
    </div>
    ${error ? html`<p class="error" role="alert">${error}</p>` : null}
  </form>`;
}
