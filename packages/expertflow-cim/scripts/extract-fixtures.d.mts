/** One payload extracted from the Init node page (a text copy of it). */
export interface ExtractedFixture {
  heading: string;
  expected: string;
  file: string;
  seedLines: [number, number];
  envelope: "node-red-msg" | "controller-body";
  intent: string | null;
  cimEventName: string | null;
  jsPrefix: string | null;
  bytes: number;
  sha256: string;
  text: string;
}
/** Splits the page's flattened table into payloads (and the rows that have none). */
export function extract(pageText: string): {
  fixtures: ExtractedFixture[];
  withoutPayload: { heading: string; expected: string; seedLine: number }[];
};
