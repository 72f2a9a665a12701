import { backoffDelay, isRetryableStatus, parseRetryAfter } from "@contactkit/mluvii-api";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bodyExcerpt, redact } from "../src/redact";

describe("parseRetryAfter", () => {
  const now = Date.parse("2026-01-01T00:00:00Z");
  it("reads delta-seconds and HTTP dates", () => {
    expect(parseRetryAfter("3", now)).toBe(3000);
    expect(parseRetryAfter(" 0 ", now)).toBe(0);
    expect(parseRetryAfter("1.5", now)).toBe(1500);
    expect(parseRetryAfter("Thu, 01 Jan 2026 00:00:10 GMT", now)).toBe(10_000);
    expect(parseRetryAfter("Wed, 31 Dec 2025 23:00:00 GMT", now)).toBe(0);
  });
  it("ignores absent and unparseable values", () => {
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
    expect(parseRetryAfter("", now)).toBeUndefined();
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter("-5", now)).toBeUndefined();
  });
});

describe("backoffDelay", () => {
  it("doubles per retry, stays within [step/2, step] and under the cap", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.double({ min: 0, max: 0.999_999, noNaN: true }), (retry, r) => {
        const step = Math.min(8000, 500 * 2 ** (retry - 1));
        const delay = backoffDelay(retry, { baseDelayMs: 500, maxDelayMs: 8000 }, () => r);
        return delay >= Math.floor(step / 2) && delay <= step;
      }),
    );
    expect(backoffDelay(3, { baseDelayMs: 100, maxDelayMs: 10_000 }, () => 0.999_999)).toBe(400);
  });
});

describe("isRetryableStatus", () => {
  it("retries 408, 429 and 5xx except 501/505", () => {
    expect([408, 429, 500, 502, 503, 504].every(isRetryableStatus)).toBe(true);
    expect([400, 401, 403, 404, 409, 422, 501, 505].some(isRetryableStatus)).toBe(false);
  });
});

describe("redact", () => {
  it("removes URL userinfo, secret-named parameters and literal secrets", () => {
    const text =
      'callback https://u:p%40ss@host/x?secret=abc&x=1 {"access_token":"eyJ.x.y","client_secret": "zz"} TOPSECRET';
    const out = redact(text, ["TOPSECRET"]);
    for (const leaked of ["u:p%40ss", "abc&", "eyJ.x.y", '"zz"', "TOPSECRET"]) expect(out).not.toContain(leaked);
    expect(out).toContain("x=1");
  });
  it("bounds the excerpt and never leaks a secret cut at the boundary", () => {
    const secret = "S".repeat(20);
    const body = `${"a".repeat(500)}${secret}${"b".repeat(5000)}`;
    const excerpt = bodyExcerpt(body, [secret]);
    expect(excerpt.length).toBeLessThanOrEqual(513);
    expect(excerpt).not.toContain("SSSS");
  });
});
