/**
 * mluvii accepts a `Text` with any HTML and shows only `<strong>`, `<em>` and `<a>`
 * (https://docs.mluvii.com/guide/en/for-it-specialists/chatbot-connection/supported-activities-events.html, "Text").
 * The SDK's request schema refuses other tags (strict writer), so the simulator validates the text mluvii would
 * keep, accepts the activity as mluvii does, and reports the dropped tags in the transcript.
 */
import { MLUVII_TEXT_TAGS, unsupportedTags } from "@contactkit/mluvii-chatbot";

const TAG = /<\/?([A-Za-z][A-Za-z0-9-]*)\b[^>]*>/g;
const KEPT = new Set<string>(MLUVII_TEXT_TAGS);

/** The text without the tags mluvii drops (their content stays). */
export function keptHtml(text: string): string {
  return text.replace(TAG, (tag, name: string) => (KEPT.has(name.toLowerCase()) ? tag : ""));
}

/** For a `Text` activity with tags mluvii drops: the activity as mluvii keeps it, and the dropped tag names. */
export function withoutDroppedTags(activity: unknown): { activity: unknown; dropped: string[] } {
  if (activity === null || typeof activity !== "object") return { activity, dropped: [] };
  const record = activity as Record<string, unknown>;
  if (record.activity !== "Text" || typeof record.text !== "string") return { activity, dropped: [] };
  const dropped = unsupportedTags(record.text);
  return dropped.length === 0
    ? { activity, dropped }
    : { activity: { ...record, text: keptHtml(record.text) }, dropped };
}
