import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { callHook, formatBasicAuthorization, isJsonObject, parseBasicAuthorization } from "../src";

describe("isJsonObject", () => {
  it("is true exactly for what JSON.parse gives for an object", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value);
        expect(isJsonObject(JSON.parse(text))).toBe(text.startsWith("{"));
      }),
    );
    expect(isJsonObject(null)).toBe(false);
    expect(isJsonObject([])).toBe(false);
    expect(isJsonObject(Object.create(null))).toBe(true);
  });
});

describe("parseBasicAuthorization / formatBasicAuthorization", () => {
  // RFC 7617: the user-id cannot contain a colon; the password may.
  const username = fc.string({ unit: "grapheme" }).filter((s) => !s.includes(":"));
  const password = fc.string({ unit: "grapheme" });

  it("round-trips any credentials, including non-ASCII and colons in the password", () => {
    fc.assert(
      fc.property(username, password, (u, p) => {
        const header = formatBasicAuthorization({ username: u, password: p });
        expect(header).toBe(`Basic ${Buffer.from(`${u}:${p}`, "utf8").toString("base64")}`);
        expect(parseBasicAuthorization(header)).toEqual({ username: u, password: p });
      }),
    );
  });

  it("reads the scheme in any case and with surrounding blanks", () => {
    const token = Buffer.from("mluvii:s3:cret").toString("base64");
    for (const header of [`basic ${token}`, `BASIC  ${token} `, `Basic\t${token}`]) {
      expect(parseBasicAuthorization(header)).toEqual({ username: "mluvii", password: "s3:cret" });
    }
  });

  it("gives undefined for anything that is not Basic credentials, never throwing", () => {
    const noColon = Buffer.from("mluvii").toString("base64");
    for (const header of [null, undefined, "", "Bearer abc", `Basic ${noColon}`, "Basic !!!", "Basic a", "Basic"]) {
      expect(parseBasicAuthorization(header)).toBeUndefined();
    }
    fc.assert(
      fc.property(fc.string(), (text) => {
        const parsed = parseBasicAuthorization(`Basic ${text}`);
        if (parsed !== undefined) expect(typeof parsed.username).toBe("string");
      }),
    );
  });
});

describe("callHook", () => {
  it("passes the arguments and does nothing without a hook", () => {
    const hook = vi.fn();
    callHook(hook, [1, "two"] as const);
    expect(hook).toHaveBeenCalledWith(1, "two");
    expect(() => callHook(undefined, [1])).not.toThrow();
  });

  it("hands a throw to onFailure and never propagates it, even when onFailure throws too", () => {
    const boom = new Error("hook failed");
    const onFailure = vi.fn();
    expect(() =>
      callHook(
        () => {
          throw boom;
        },
        [],
        onFailure,
      ),
    ).not.toThrow();
    expect(onFailure).toHaveBeenCalledWith(boom);
    expect(() =>
      callHook(
        () => {
          throw boom;
        },
        [],
        () => {
          throw new Error("logger failed");
        },
      ),
    ).not.toThrow();
  });

  it("catches the rejection of an async hook (no unhandled rejection) and reports it", async () => {
    const unhandled = vi.fn();
    process.on("unhandledRejection", unhandled);
    try {
      const reported = new Promise((resolve) => callHook(async () => Promise.reject(new Error("late")), [], resolve));
      await expect(reported).resolves.toMatchObject({ message: "late" });
      callHook(async () => Promise.reject(new Error("unreported")), []);
      // Rejections are reported after a macrotask turn; wait for two so one would have been seen.
      await new Promise((resolve) => setImmediate(resolve));
      await new Promise((resolve) => setImmediate(resolve));
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off("unhandledRejection", unhandled);
    }
  });
});
