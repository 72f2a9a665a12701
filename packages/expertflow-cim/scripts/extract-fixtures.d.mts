/** One payload extracted from seed 003. */
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
/** Splits the seed's flattened table into payloads (and the rows that have none). */
export function extract(seedText: string): {
  fixtures: ExtractedFixture[];
  withoutPayload: { heading: string; expected: string; seedLine: number }[];
};
