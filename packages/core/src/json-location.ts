/**
 * Locates the first JSON syntax error in a text. Runs only after `JSON.parse` has already failed, so it
 * favours clear messages over speed. It is iterative (no recursion), so hostile nesting cannot overflow
 * the stack, and it never quotes the input: messages name positions and expectations, not payload values.
 */
export interface JsonSyntaxLocation {
  /** 0-based character offset of the first offending character. */
  readonly offset: number;
  /** 1-based line. */
  readonly line: number;
  /** 1-based column. */
  readonly column: number;
  /** What the parser expected at that position, e.g. "',' or '}' after a property value". */
  readonly expected: string;
}

const WS = new Set([" ", "\t", "\n", "\r"]);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// biome-ignore lint/suspicious/noControlCharactersInRegex: JSON forbids raw control characters in strings; this matches that rule.
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

type Frame =
  | "object-key"
  | "object-colon"
  | "object-value"
  | "object-next"
  | "array-first"
  | "array-value"
  | "array-next";

export function locateJsonSyntaxError(text: string): JsonSyntaxLocation | undefined {
  let i = 0;
  const stack: Frame[] = [];
  const skip = (): void => {
    while (i < text.length && WS.has(text[i] as string)) i++;
  };
  const fail = (expected: string): JsonSyntaxLocation => locationAt(text, i, expected);
  const readValue = (): JsonSyntaxLocation | "open" | undefined => {
    const c = text[i];
    if (c === "{") {
      i++;
      stack.push("object-key");
      return "open";
    }
    if (c === "[") {
      i++;
      stack.push("array-first");
      return "open";
    }
    if (c === '"')
      return readToken(STRING, "a complete string (closing quote, valid escapes, no raw control characters)");
    if (c === "-" || (c !== undefined && c >= "0" && c <= "9")) return readToken(NUMBER, "a number");
    for (const literal of ["true", "false", "null"]) {
      if (text.startsWith(literal, i)) {
        i += literal.length;
        return undefined;
      }
    }
    return fail(
      c === undefined ? "a value, but the text ended" : "a value (object, array, string, number, true, false or null)",
    );
  };
  const readToken = (re: RegExp, what: string): JsonSyntaxLocation | undefined => {
    re.lastIndex = i;
    const m = re.exec(text);
    if (!m) return fail(what);
    i += m[0].length;
    return undefined;
  };

  skip();
  const first = readValue();
  if (first && first !== "open") return first;
  while (stack.length > 0) {
    skip();
    const top = stack[stack.length - 1] as Frame;
    const c = text[i];
    switch (top) {
      case "object-key":
      case "object-next": {
        if (top === "object-key" && c === "}") {
          i++;
          stack.pop();
          break;
        }
        if (top === "object-next") {
          if (c === "}") {
            i++;
            stack.pop();
            break;
          }
          if (c !== ",") return fail("',' or '}' after a property value");
          i++;
          skip();
        }
        if (text[i] !== '"') return fail("a double-quoted property name");
        const bad = readToken(STRING, "a complete property name string");
        if (bad) return bad;
        stack[stack.length - 1] = "object-colon";
        break;
      }
      case "object-colon":
        if (c !== ":") return fail("':' after a property name");
        i++;
        stack[stack.length - 1] = "object-value";
        break;
      case "object-value": {
        stack[stack.length - 1] = "object-next";
        const r = readValue();
        if (r && r !== "open") return r;
        break;
      }
      case "array-first":
      case "array-next":
      case "array-value": {
        if (top !== "array-value" && c === "]") {
          i++;
          stack.pop();
          break;
        }
        if (top === "array-next") {
          if (c !== ",") return fail("',' or ']' after an array element");
          i++;
          stack[stack.length - 1] = "array-value";
          break;
        }
        stack[stack.length - 1] = "array-next";
        const r = readValue();
        if (r && r !== "open") return r;
        break;
      }
    }
  }
  skip();
  if (i < text.length) return fail("the end of the text after the top-level value");
  return undefined;
}

function locationAt(text: string, offset: number, expected: string): JsonSyntaxLocation {
  let line = 1;
  let lineStart = 0;
  for (let k = 0; k < offset && k < text.length; k++) {
    if (text.charCodeAt(k) === 10) {
      line++;
      lineStart = k + 1;
    }
  }
  return { offset, line, column: offset - lineStart + 1, expected };
}
