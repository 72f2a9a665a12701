import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fixture, jsonLines, own, run } from "./helpers";

const VERDICT_KEYS = ["family", "issues", "known", "ok", "type", "vendor"];

describe("contactkit inspect: one real fixture per family", () => {
  const cases = [
    ["mluvii-webhooks", "docs-webhooks/SessionCreated.json", "mluvii", "webhooks", "SessionCreated"],
    ["mluvii-chatbot", "docs-activities/46-incoming-message.callback.json", "mluvii", "chatbot-callbacks", "Text"],
    [
      "mluvii-chatbot",
      "docs-activities/27-hero-card-submission.callback.json",
      "mluvii",
      "chatbot-callbacks",
      "HeroCardSubmission",
    ],
    [
      "mluvii-chatbot",
      "docs-activities/36-obtain-crm-identity.request.json",
      "mluvii",
      "chatbot-requests",
      "ObtainCrmIdentity",
    ],
    [
      "ccai-qm-chat",
      "12-chat-ended--human-agent-and-end-user-leaving-a-chat.json",
      "ccai-platform",
      "qm-export",
      "disconnected",
    ],
    ["expertflow-cim", "docs-init-node/find-agent.json", "expertflow", "cim", "FIND_AGENT"],
  ] as const;

  it.each(cases)("%s %s → %s %s %s, exit 0", async (pkg, path, vendor, family, type) => {
    const result = await run(["inspect", fixture(pkg, path), "--json"]);
    expect(result.code).toBe(0);
    const [verdict, ...rest] = jsonLines(result.stdout);
    expect(rest).toEqual([]);
    expect(verdict).toEqual({ ok: true, vendor, family, type, known: true, issues: [] });
    expect(Object.keys(verdict as object).sort()).toEqual(VERDICT_KEYS);
  });

  it("prints the type and a short summary for humans", async () => {
    const result = await run(["inspect", fixture("mluvii-webhooks", "docs-webhooks/SessionCreated.json")]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("✓");
    expect(result.stdout).toContain("mluvii webhooks SessionCreated");
    expect(result.stdout).toContain("data.id=7371450");
    expect(result.stdout).not.toContain("\u001b["); // not a TTY: no colour
  });

  it("recognises every JSON fixture of the mluvii webhooks seed as the webhook its file names", async () => {
    const dir = fixture("mluvii-webhooks", "docs-webhooks");
    // Files named just `<EventType>.json` (variants such as `X.typo.json` are the webhooks package's business).
    const files = readdirSync(dir).filter((name) => /^[A-Z][A-Za-z]+\.json$/.test(name));
    expect(files.length).toBeGreaterThan(10);
    const result = await run(["inspect", "--json", ...files.map((name) => `${dir}/${name}`)]);
    const verdicts = jsonLines(result.stdout) as { type: string; family: string; ok: boolean }[];
    expect(verdicts.map((v) => v.type)).toEqual(files.map((name) => name.replace(".json", "")));
    expect(verdicts.every((v) => v.ok && v.family === "webhooks")).toBe(true);
    expect(result.code).toBe(0);
  });

  it("recognises every Expertflow seed event (not the manifest) as an Expertflow CIM event", async () => {
    const dir = fixture("expertflow-cim", "docs-init-node");
    const files = readdirSync(dir).filter((name) => /^[a-z-]+\.json$/.test(name) && name !== "manifest.json");
    expect(files.length).toBeGreaterThan(5);
    const result = await run(["inspect", "--json", ...files.map((name) => `${dir}/${name}`)]);
    const verdicts = jsonLines(result.stdout) as { vendor: string; type: string; ok: boolean }[];
    expect(verdicts).toHaveLength(files.length);
    for (const [i, verdict] of verdicts.entries()) {
      expect(verdict.vendor, files[i]).toBe("expertflow");
      expect(verdict.type.toLowerCase().replaceAll("_", "-"), files[i]).toBe(files[i]?.replace(".json", ""));
    }
    expect(result.code).toBe(0);
  });
});

describe("contactkit inspect: invalid, unknown, undetectable", () => {
  it("reports schema issues with JSON paths and exits 1", async () => {
    const result = await run(["inspect", own("session-created.invalid.json"), "--json"]);
    expect(result.code).toBe(1);
    const [verdict] = jsonLines(result.stdout) as { issues: { path: string }[] }[];
    expect(verdict).toMatchObject({
      ok: false,
      vendor: "mluvii",
      family: "webhooks",
      type: "SessionCreated",
      known: true,
    });
    expect(verdict?.issues.map((i) => i.path)).toContain("$.data.id");

    const human = await run(["inspect", own("session-created.invalid.json")]);
    expect(human.stdout).toMatch(/✗ .*session-created\.invalid\.json {2}mluvii webhooks SessionCreated {2}\d+ issues?/);
    expect(human.stdout).toContain("$.data.id");
    expect(human.stdout).not.toContain("not-a-number"); // issue messages never echo payload values
  });

  it("reports malformed JSON from a real doc example with its line and column", async () => {
    // CCAI QM docs' "human agent leaving a chat" example misses a comma (ccai-qm-chat keeps it as .txt)
    const result = await run([
      "inspect",
      fixture("ccai-qm-chat", "10-participant-left-the-chat--human-agent-leaving-a-chat.txt"),
      "--json",
    ]);
    expect(result.code).toBe(1);
    const [verdict] = jsonLines(result.stdout) as { issues: { message: string }[] }[];
    expect(verdict).toMatchObject({ ok: false, vendor: null, family: null, type: null, known: false });
    expect(verdict?.issues[0]?.message).toMatch(/^not JSON: .* at line \d+, column \d+$/);
  });

  it("exits 3 for a valid event of a type the family does not know (real unknown-event fixture)", async () => {
    const result = await run(["inspect", fixture("mluvii-webhooks", "model/_unknown.StatRealTime.json"), "--json"]);
    expect(result.code).toBe(3);
    expect(jsonLines(result.stdout)).toEqual([
      { ok: true, vendor: "mluvii", family: "webhooks", type: "StatRealTime", known: false, issues: [] },
    ]);
  });

  it("an unknown chatbot activity is an unknown callback, exit 3; --strict makes it an error, exit 1", async () => {
    const tolerant = await run(["inspect", own("chatbot-activity.unknown.json"), "--json"]);
    expect(tolerant.code).toBe(3);
    expect(jsonLines(tolerant.stdout)[0]).toMatchObject({
      ok: true,
      family: "chatbot-callbacks",
      type: "GuestWaved",
      known: false,
    });
    const strict = await run(["inspect", own("chatbot-activity.unknown.json"), "--json", "--strict"]);
    expect(strict.code).toBe(1);
    expect(jsonLines(strict.stdout)[0]).toMatchObject({ ok: false, family: "chatbot-callbacks", type: "GuestWaved" });
  });

  it("--strict rejects an unknown key that the tolerant reader accepts", async () => {
    const event = JSON.parse(readFileSync(fixture("mluvii-webhooks", "docs-webhooks/SessionCreated.json"), "utf8"));
    const text = JSON.stringify({ ...event, data: { ...event.data, addedByMluviiLater: true } });
    expect((await run(["inspect", "-", "--json"], { stdin: text })).code).toBe(0);
    const strict = await run(["inspect", "-", "--json", "--strict"], { stdin: text });
    expect(strict.code).toBe(1);
    const [verdict] = jsonLines(strict.stdout) as { issues: { path: string }[] }[];
    expect(verdict?.issues.some((i) => i.path.startsWith("$.data"))).toBe(true);
  });

  it("exits 1 with a hint for a payload no family recognises", async () => {
    const result = await run(["inspect", own("not-an-event.json")]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("not a recognised event");
    expect(result.stdout).toContain("no contactkit family recognises this payload");
  });

  it("exits 1 and says what to check when a file cannot be read", async () => {
    const result = await run(["inspect", "does-not-exist.json", "--json"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("cannot read does-not-exist.json: no such file; check the path");
    expect(jsonLines(result.stdout)).toHaveLength(1);
  });
});

describe("contactkit inspect: NDJSON, stdin, several inputs", () => {
  it("inspects each NDJSON line and exits with the worst code", async () => {
    const result = await run(["inspect", own("mixed.ndjson"), "--json"]);
    const verdicts = jsonLines(result.stdout);
    expect(verdicts).toHaveLength(4);
    expect(verdicts[0]).toMatchObject({ ok: true, known: false, type: "SessionActivityHologramStarted" });
    expect(verdicts[1]).toMatchObject({ ok: true, known: true, family: "chatbot-callbacks", type: "Text" });
    expect(verdicts[2]).toMatchObject({ ok: false, vendor: null });
    expect(verdicts[3]).toMatchObject({ ok: false, family: "webhooks", type: "SessionCreated" });
    expect(result.code).toBe(1);

    const human = await run(["inspect", own("mixed.ndjson")]);
    expect(human.stdout).toMatch(/mixed\.ndjson:1 /);
    expect(human.stdout).toMatch(/mixed\.ndjson:3 {2}not JSON {2}1 issue/);
    expect(human.stdout).toMatch(/mixed\.ndjson:4 /);
    expect(human.stdout).toContain("4 payloads: 1 valid, 1 of unknown type, 2 invalid");
  });

  it("reads standard input for -, NDJSON included", async () => {
    const lines = [
      readFileSync(fixture("mluvii-webhooks", "docs-webhooks/SessionEnded.json"), "utf8"),
      readFileSync(fixture("mluvii-webhooks", "model/_unknown.future-event.json"), "utf8"),
    ].map((text) => JSON.stringify(JSON.parse(text)));
    const result = await run(["inspect", "-", "--json"], { stdin: `${lines.join("\n")}\n` });
    expect(jsonLines(result.stdout)).toMatchObject([
      { ok: true, known: true, type: "SessionEnded" },
      { ok: true, known: false, type: "SessionActivityHologramStarted" },
    ]);
    expect(result.code).toBe(3);
  });

  it("treats a pretty-printed document on stdin as one payload", async () => {
    const text = readFileSync(fixture("ccai-qm-chat", "07-chat-dismissed.json"), "utf8");
    const result = await run(["inspect", "-", "--json"], { stdin: text });
    expect(jsonLines(result.stdout)).toEqual([
      { ok: true, vendor: "ccai-platform", family: "qm-export", type: "dismissed", known: true, issues: [] },
    ]);
    expect(result.code).toBe(0);
  });

  it("exits 1 for empty standard input", async () => {
    const result = await run(["inspect", "-", "--json"], { stdin: "" });
    expect(result.code).toBe(1);
    expect(jsonLines(result.stdout)[0]).toMatchObject({ ok: false, issues: [{ path: "$" }] });
  });

  it("exit code over several files: 3 beats 0, 1 beats 3", async () => {
    const valid = fixture("mluvii-webhooks", "docs-webhooks/SessionStarted.json");
    const unknown = fixture("mluvii-webhooks", "model/_unknown.StatRealTime.json");
    expect((await run(["inspect", valid, unknown])).code).toBe(3);
    expect((await run(["inspect", unknown, own("session-created.invalid.json"), valid])).code).toBe(1);
  });
});

describe("contactkit inspect: terminal manners", () => {
  const file = fixture("mluvii-webhooks", "docs-webhooks/SessionCreated.json");

  it("uses colour on a TTY only, and never with NO_COLOR", async () => {
    expect((await run(["inspect", file], { tty: true })).stdout).toContain("\u001b[32m✓\u001b[39m");
    expect((await run(["inspect", file], { tty: true, env: { NO_COLOR: "1" } })).stdout).not.toContain("\u001b[");
  });

  it("usage errors exit 2 and point to --help", async () => {
    const none = await run(["inspect"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('"-" to read standard input');
    expect(none.stderr).toContain('Run "contactkit inspect --help"');
    const bad = await run(["inspect", file, "--jsno"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--jsno");
    expect((await run(["inspect", file, "--format", "yaml"])).code).toBe(2);
  });
});

describe("contactkit inspect <dir>", () => {
  it("inspects every capture file in a directory, recursively, NDJSON line by line", async () => {
    const result = await run(["inspect", own("captures"), "--json"]);
    expect(jsonLines(result.stdout)).toMatchObject([
      { ok: true, type: "SessionCreated" },
      { ok: true, family: "webhooks", type: "SessionStarted" },
      { ok: true, family: "webhooks", type: "SessionEnded" },
    ]);
    expect(result.code).toBe(0);
    const human = await run(["inspect", own("captures")]);
    expect(human.stdout).toMatch(/captures\/later\/02-session\.ndjson:2 /);
    expect(human.stdout).not.toContain("notes.txt");
  });
});

describe("contactkit inspect: --family, arrays, --warnings", () => {
  const botText = JSON.stringify({ activity: "Text", sessionId: 7418277, text: "Hello <strong>there</strong>" });
  const badBotText = JSON.stringify({ activity: "Text", sessionId: 7418277, text: "<h1>Hello</h1>" });

  it("a bot's outbound Text: valid as a guest callback, flagged as also a request; --family chatbot-requests validates it strictly", async () => {
    const auto = await run(["inspect", "-"], { stdin: botText });
    expect(auto.code).toBe(0);
    expect(auto.stdout).toMatch(/✓ <stdin> {2}mluvii chatbot-callbacks Text/);
    expect(auto.stdout).toContain(
      "also a valid mluvii chatbot-requests Text; say which with --family chatbot-requests",
    );
    const asRequest = await run(["inspect", "-", "--json", "--family", "chatbot-requests"], { stdin: badBotText });
    expect(asRequest.code).toBe(1);
    expect(jsonLines(asRequest.stdout)[0]).toMatchObject({
      ok: false,
      family: "chatbot-requests",
      type: "Text",
      issues: [{ path: "$.text" }],
    });
    // --strict alone still reads it as a guest's callback, which it also is
    expect((await run(["inspect", "-", "--strict"], { stdin: badBotText })).code).toBe(0);
    const other = await run(["inspect", "-", "--json", "--family", "mluvii/webhooks"], { stdin: botText });
    expect(jsonLines(other.stdout)[0]).toMatchObject({ ok: false, family: "webhooks", issues: [{ path: "$" }] });
    const unknownFamily = await run(["inspect", "-", "--family", "zendesk"], { stdin: botText });
    expect([unknownFamily.code, unknownFamily.stderr]).toEqual([2, expect.stringContaining("chatbot-requests")]);
  });

  it("a JSON array gets 'one event per line: use NDJSON'", async () => {
    const events = [0, 1].map(() =>
      JSON.parse(readFileSync(fixture("mluvii-webhooks", "docs-webhooks/SessionCreated.json"), "utf8")),
    );
    const result = await run(["inspect", "-", "--json"], { stdin: JSON.stringify(events, null, 2) });
    expect(result.code).toBe(1);
    expect(jsonLines(result.stdout)).toEqual([
      {
        ok: false,
        vendor: null,
        family: null,
        type: null,
        known: false,
        issues: [{ path: "$", message: expect.stringContaining("one event per line: use NDJSON") }],
      },
    ]);
  });

  it("--warnings reports unknown keys and unknown enum values (paths, never values) and keeps exit 0", async () => {
    const event = JSON.parse(readFileSync(fixture("mluvii-webhooks", "docs-webhooks/SessionCreated.json"), "utf8"));
    const text = JSON.stringify({
      ...event,
      data: { ...event.data, channel: "Hologram-7f3a", addedLater: "s3cret-value" },
    });
    const plain = await run(["inspect", "-", "--json"], { stdin: text });
    expect(Object.keys(jsonLines(plain.stdout)[0] as object)).not.toContain("warnings");
    const result = await run(["inspect", "-", "--json", "--warnings"], { stdin: text });
    expect(result.code).toBe(0);
    const [verdict] = jsonLines(result.stdout) as { ok: boolean; warnings: { path: string; code: string }[] }[];
    expect(verdict?.ok).toBe(true);
    expect(verdict?.warnings.map((w) => [w.code, w.path]).sort()).toEqual([
      ["unknown_enum_value", "$.data.channel"],
      ["unknown_key", "$.data"],
    ]);
    expect(result.stdout).toContain("addedLater");
    expect(result.stdout).not.toMatch(/Hologram-7f3a|s3cret-value/);
    const human = await run(["inspect", "-", "--warnings"], { stdin: text });
    expect(human.stdout).toMatch(/warning \$\.data\.channel {2}unknown enum value: /);
    expect((await run(["inspect", "-", "--warnings", "--strict"], { stdin: text })).code).toBe(1);
  });
});
