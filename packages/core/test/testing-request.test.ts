import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { basicAuth, bearerAuth, headerSecretAuth, queryTokenAuth } from "../src";
import { buildTestRequest, type TestRequestDefaults } from "../src/testing";

const mluviiLike: TestRequestDefaults = {
  url: "http://localhost/hook",
  token: { in: "query", param: "token" },
  contentType: null,
};
const jsonLike: TestRequestDefaults = {
  ...mluviiLike,
  token: { in: "bearer", param: "" },
  contentType: "application/json",
};
const event = { eventType: "SessionCreated", data: { id: 1 } };

describe("buildTestRequest", () => {
  it("POSTs the JSON body, with no Content-Type when the platform sends none", async () => {
    const request = buildTestRequest(event, {}, mluviiLike);
    expect(request.method).toBe("POST");
    expect(request.url).toBe("http://localhost/hook");
    expect(request.headers.get("content-type")).toBeNull();
    expect(await request.json()).toEqual(event);
    expect(buildTestRequest(event, {}, jsonLike).headers.get("content-type")).toBe("application/json");
  });

  it("sends a string body byte for byte (malformed JSON included)", async () => {
    expect(await buildTestRequest('{"eventType":', {}, mluviiLike).text()).toBe('{"eventType":');
  });

  it("authenticates the way core's receivers check, for any credentials", async () => {
    const printable = fc.string({ minLength: 1, maxLength: 12, unit: "grapheme" });
    await fc.assert(
      fc.asyncProperty(
        printable.filter((s) => !s.includes(":")),
        printable,
        async (username, password) => {
          const credentials = [{ username, password }];
          const viaAuth = buildTestRequest(event, { auth: { username, password } }, mluviiLike);
          expect((await basicAuth({ credentials }).verify(viaAuth)).ok).toBe(true);
          const url = `http://${encodeURIComponent(username)}:${encodeURIComponent(password)}@localhost/hook`;
          const viaUrl = buildTestRequest(event, { url }, mluviiLike);
          expect(viaUrl.url).toBe("http://localhost/hook");
          expect((await basicAuth({ credentials }).verify(viaUrl)).ok).toBe(true);
        },
      ),
      { numRuns: 50 },
    );
  });

  it("puts a token where the vendor does, or where the caller says", async () => {
    const query = buildTestRequest(event, { auth: { token: "t0k" } }, mluviiLike);
    expect(new URL(query.url).searchParams.get("token")).toBe("t0k");
    expect((await queryTokenAuth({ tokens: ["t0k"], param: "token" }).verify(query)).ok).toBe(true);
    const bearer = buildTestRequest(event, { auth: { token: "t0k" } }, jsonLike);
    expect((await bearerAuth({ tokens: ["t0k"] }).verify(bearer)).ok).toBe(true);
    const path = buildTestRequest(event, { auth: { token: "a b", in: "path", param: "access_token" } }, mluviiLike);
    expect(new URL(path.url).pathname).toBe("/hook/access_token=a%20b");
    const header = buildTestRequest(event, { auth: { header: "x-secret", secret: "s" } }, jsonLike);
    expect((await headerSecretAuth({ header: "x-secret", secrets: ["s"] }).verify(header)).ok).toBe(true);
  });

  it("refuses credentials given twice", () => {
    expect(() =>
      buildTestRequest(event, { url: "http://u:p@localhost/", auth: { username: "u", password: "p" } }, mluviiLike),
    ).toThrow(/either in the URL or as auth/);
  });
});
