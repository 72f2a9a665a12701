import { EPOCH_MILLIS_THRESHOLD, epochToDate, epochToMillis, epochUnit } from "@contactkit/ccai-qm-chat";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

// The QM chat page: timestamp is "a UNIX timestamp … in Unix epoch time", unit unstated and in no example.
describe("epoch timestamp helpers", () => {
  it("tells seconds from milliseconds by magnitude", () => {
    expect(epochUnit(1726261457)).toBe("seconds");
    expect(epochUnit(1726261457123)).toBe("milliseconds");
    expect(epochUnit("1726261457")).toBe("seconds");
    expect(epochUnit(EPOCH_MILLIS_THRESHOLD - 1)).toBe("seconds");
    expect(epochUnit(EPOCH_MILLIS_THRESHOLD)).toBe("milliseconds");
  });

  it("converts both units to the same instant", () => {
    expect(epochToMillis(1726261457)).toBe(1726261457000);
    expect(epochToMillis(1726261457123)).toBe(1726261457123);
    expect(epochToMillis("1726261457.5")).toBe(1726261457500);
    expect(epochToDate(1726261457)?.toISOString()).toBe("2024-09-13T21:04:17.000Z");
  });

  it("returns undefined for values that are not epoch times", () => {
    for (const v of [-1, Number.NaN, Number.POSITIVE_INFINITY, "", "12a", "-5", "1e9"]) {
      expect(epochUnit(v)).toBeUndefined();
      expect(epochToMillis(v)).toBeUndefined();
      expect(epochToDate(v)).toBeUndefined();
    }
  });

  it("any instant from 1974 to 5000 reads the same in seconds and in milliseconds (property)", () => {
    const from = Date.UTC(1974, 0, 1);
    const to = Date.UTC(5000, 0, 1);
    fc.assert(
      fc.property(fc.integer({ min: from / 1000, max: to / 1000 }), (seconds) => {
        expect(epochUnit(seconds)).toBe("seconds");
        expect(epochUnit(seconds * 1000)).toBe("milliseconds");
        expect(epochToMillis(seconds)).toBe(epochToMillis(seconds * 1000));
      }),
    );
  });
});
