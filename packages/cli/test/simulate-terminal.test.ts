/** The terminal chat's rendering and the `--fault` flag grammar. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { UsageError } from "../src/commands/context";
import { parseFaultFlag } from "../src/fault-flags";
import { styleFor } from "../src/io";
import { htmlToTerminal } from "../src/terminal-chat/render";

const plain = styleFor({ write: () => true, isTTY: false }, {});

describe("htmlToTerminal", () => {
  it("keeps strong, em and links, and names every tag mluvii drops", () => {
    const { text, dropped } = htmlToTerminal(
      'Hi <strong>Jana</strong>, <em>see</em> <a href="https://example.com/x">this</a><img src=x onerror=alert(1)><br/>&amp; bye',
      plain,
    );
    expect(text).toBe("Hi *Jana*, _see_ this <https://example.com/x>& bye");
    expect(dropped).toEqual(["<img>", "<br>"]);
  });

  it("never prints a javascript: link target", () => {
    expect(htmlToTerminal('<a href="javascript:alert(1)">x</a>', plain).text).toBe("x");
  });
});

describe("--fault", () => {
  const activity = fc.constantFrom("Text", "GetAvailableGroups", "SendHeroCard");
  it("parses every inbound status fault with its options (generated)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("chatbot-activity", "token", "webhooks-api"),
        fc.integer({ min: 400, max: 599 }),
        fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
        fc.option(activity, { nil: undefined }),
        fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }),
        (route, status, retryAfter, act, times) => {
          const flag = [
            `${route}:status=${status}`,
            retryAfter === undefined ? "" : `retry-after=${retryAfter}`,
            act === undefined ? "" : `activity=${act}`,
            times === undefined ? "" : `times=${times}`,
          ]
            .filter(Boolean)
            .join(",");
          expect(parseFaultFlag(flag)).toEqual({
            route,
            kind: "status",
            status,
            ...(retryAfter === undefined ? {} : { retryAfter }),
            ...(act === undefined ? {} : { activity: act }),
            ...(times === undefined ? {} : { times }),
          });
        },
      ),
    );
  });

  it("parses outbound faults, lists and every", () => {
    expect(parseFaultFlag("bot-callback:drop,activity=GetCallParamsResponse")).toEqual({
      route: "bot-callback",
      kind: "drop",
      activity: "GetCallParamsResponse",
    });
    expect(parseFaultFlag("webhook-delivery:duplicate,event=SessionEnded|SessionCreated,times=every")).toEqual({
      route: "webhook-delivery",
      kind: "duplicate",
      eventType: ["SessionEnded", "SessionCreated"],
      times: Number.POSITIVE_INFINITY,
    });
    expect(parseFaultFlag("chatbot-activity:drop=after-processing")).toEqual({
      route: "chatbot-activity",
      kind: "drop",
      when: "after-processing",
    });
  });

  it.each([
    ["nowhere:drop", "the route must be one of"],
    ["bot-callback:status=500", "the kind is one of"],
    ["chatbot-activity:status=200", "between 400 and 599"],
    ["chatbot-activity:latency=soon", "latency needs a whole number"],
    ["bot-callback:drop=after-read", "drop takes"],
    ["token:status=429,colour=red", 'unknown option "colour"'],
    ["token:status=429,times=0", "times must be at least 1"],
    ["token:status=429,activity", "needs a value"],
  ])("refuses %s", (flag, message) => {
    expect(() => parseFaultFlag(flag)).toThrow(UsageError);
    expect(() => parseFaultFlag(flag)).toThrow(message);
  });
});
