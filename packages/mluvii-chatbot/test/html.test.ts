/**
 * `Text` validation against the HTML subset mluvii keeps: linear in the text's length (a backtracking regex took
 * 1.7 s for 120,000 characters), and messages that carry no text of the payload (tag names included).
 */
import { ContactkitParseError } from "@contactkit/core";
import { unsupportedTags, validateChatbotRequest } from "@contactkit/mluvii-chatbot";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scanHtmlTags } from "../src/html";

function writerError(text: string): ContactkitParseError {
  try {
    validateChatbotRequest({ activity: "Text", sessionId: 1, text });
  } catch (error) {
    if (error instanceof ContactkitParseError) return error;
    throw error;
  }
  throw new Error("expected the writer to refuse the text");
}

const reads = (text: string) => scanHtmlTags(text, () => {});

/** Texts that make a backtracking tag pattern rescan the rest of the text from every `<`. */
const adversarial: Record<string, (n: number) => string> = {
  "unclosed tag starts": (n) => "<a".repeat(n / 2),
  "bare angle brackets": (n) => "<".repeat(n),
  "tags with attributes, never closed": (n) => "<b x=".repeat(n / 5),
  "one tag name as long as the text": (n) => `<${"x".repeat(n - 1)}`,
  "closed unknown tags": (n) => "<i>".repeat(n / 3),
  "prose with comparisons": (n) => "a < b and c > d; ".repeat(n / 17),
};

describe("Text: the HTML check", () => {
  it("a 200,000-character text: the error names the path, a count and a position, and no text of the payload", () => {
    const secret = "customerIban-CZ6508000000192000145399";
    const text = `Hello <strong>Eve</strong> <${secret}>${"x".repeat(100)}</${secret}> ${"<p>a</p>".repeat(24_985)}`;
    expect(text.length).toBeGreaterThanOrEqual(200_000);
    const error = writerError(text);
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]).toMatchObject({ path: "$.text", code: "unsupported_html" });
    expect(error.issues[0]?.message).toMatch(/^49972 HTML tags that mluvii drops \(the first at character 27\)/);
    for (const leaked of [secret, secret.toLowerCase(), "<p>", "strong>Eve"]) {
      expect(error.message).not.toContain(leaked);
      expect(JSON.stringify(error.toJSON())).not.toContain(leaked);
    }
    expect(error.message.length).toBeLessThan(400);
  });

  it.each(Object.entries(adversarial))("%s: at most two reads per character, at 100,000 and at 200,000", (_n, make) => {
    for (const n of [100_000, 200_000]) {
      const text = make(n);
      expect(reads(text)).toBeLessThanOrEqual(2 * text.length + 2);
    }
    // and the work doubles when the text does (loosely: linear, not quadratic)
    expect(reads(make(200_000)) / reads(make(100_000))).toBeLessThan(2.2);
  });

  it("any text: at most two reads per character", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("<", ">", "/", "a", "B", " ", "\n", "=", '"', "x"), maxLength: 400 }),
        (text) => {
          expect(reads(text)).toBeLessThanOrEqual(2 * text.length + 2);
        },
      ),
      { numRuns: 500 },
    );
  });

  it.each([
    ["<p>Hi</p><script>x</script>", ["p", "script"]],
    ['Hi <strong>there</strong>, <a href="https://x.example/?a=1&b=2">see</a> <em>now</em>', []],
    ["<STRONG>loud</STRONG> <Em>x</Em>", []],
    ["line<br/>break<br />", ["br"]],
    ["a < b > c, x<3 and y>2, 1 <- 2", []],
    ["<a_b>x</a_b> <h1 class='t'>", ["a_b", "h1"]],
    ["never closed <em", []],
    ["<b attr='1 > 0'>", ["b"]],
  ])("unsupportedTags(%j) = %j", (text, expected) => {
    expect(unsupportedTags(text)).toEqual(expected);
  });
});
