import { readFile, stat } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { familyNames, findFamily } from "../families";
import { INSPECT_HELP } from "../help";
import { type InspectedPayload, inspectPayload, notJson, toVerdict, worstExitCode } from "../inspect";
import { readAll } from "../io";
import type { PayloadFormat } from "../payloads";
import { formatOfPath, listCaptureFiles } from "../replay-sources";
import { summarise } from "../summary";
import { type CommandContext, parseCommandArgs, UsageError } from "./context";

const FORMATS: readonly PayloadFormat[] = ["auto", "json", "ndjson"];

/** `contactkit inspect <file|->...`. */
export async function inspectCommand(args: readonly string[], ctx: CommandContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    json: { type: "boolean" },
    strict: { type: "boolean" },
    warnings: { type: "boolean" },
    family: { type: "string" },
    format: { type: "string" },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) {
    ctx.io.stdout.write(INSPECT_HELP);
    return 0;
  }
  const format = (values.format ?? "auto") as PayloadFormat;
  const family = values.family === undefined ? undefined : findFamily(values.family);
  if (values.family !== undefined && !family) {
    throw new UsageError(`--family must be one of ${familyNames().join(", ")} (or vendor/family)`);
  }
  if (!FORMATS.includes(format)) throw new UsageError("--format must be auto, json or ndjson");
  if (positionals.length === 0) {
    throw new UsageError(
      'give a file to inspect, or "-" to read standard input (e.g. cat body.json | contactkit inspect -)',
    );
  }
  const all: InspectedPayload[] = [];
  for (const input of await expandDirectories(positionals, ctx)) {
    const label = input === "-" ? "<stdin>" : input;
    const text = await readInput(input, ctx);
    const results =
      typeof text !== "string"
        ? [cannotRead(text.unreadable)]
        : inspectPayload(text, {
            strict: values.strict === true,
            strictWarnings: values.warnings === true,
            format: format === "auto" && input !== "-" ? formatOfPath(input) : format,
            ...(family ? { families: [family] } : {}),
          });
    for (const result of results) {
      const verdict = toVerdict(result, { warnings: values.warnings === true });
      ctx.io.stdout.write(values.json ? `${JSON.stringify(verdict)}\n` : render(label, result, ctx));
    }
    all.push(...results);
  }
  if (!values.json && all.length > 1) ctx.io.stdout.write(totals(all, ctx));
  return worstExitCode(all);
}

/** Replaces each directory argument by the capture files in it (`*.json`, `*.ndjson`, `*.jsonl`, recursively). */
async function expandDirectories(inputs: readonly string[], ctx: CommandContext): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    const absolute = resolve(ctx.cwd, input);
    const isDirectory =
      input !== "-" &&
      (await stat(absolute).then(
        (s) => s.isDirectory(),
        () => false,
      ));
    if (!isDirectory) out.push(input);
    else for (const file of await listCaptureFiles(absolute)) out.push(join(input, relative(absolute, file)));
  }
  return out;
}

async function readInput(input: string, ctx: CommandContext): Promise<string | { readonly unreadable: string }> {
  if (input === "-") {
    if (ctx.io.stdin.isTTY) ctx.io.stderr.write(ctx.err.dim("reading JSON from standard input; end with Ctrl-D\n"));
    return readAll(ctx.io.stdin);
  }
  try {
    return await readFile(resolve(ctx.cwd, input), "utf8");
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const why = code === "ENOENT" ? "no such file" : "it cannot be read";
    ctx.io.stderr.write(`contactkit inspect: cannot read ${input}: ${why}; check the path\n`);
    return { unreadable: `cannot read ${input}: ${why}` };
  }
}

function cannotRead(message: string): InspectedPayload {
  return { ...notJson(message), line: undefined };
}

function render(label: string, result: InspectedPayload, ctx: CommandContext): string {
  const { out } = ctx;
  const where = result.line === undefined ? label : `${label}:${result.line}`;
  const what =
    result.family !== null
      ? `${result.vendor} ${result.family} ${result.type ?? "(no type)"}`
      : result.issues[0]?.message.startsWith("not JSON") || result.issues[0]?.message.startsWith("the input is empty")
        ? "not JSON"
        : "not a recognised event";
  let head: string;
  if (result.ok && result.known) {
    const summary = summarise(result.event);
    head = `${out.green("✓")} ${where}  ${out.bold(what)}${summary ? `  ${out.dim(summary)}` : ""}`;
  } else if (result.ok) {
    head = `${out.yellow("?")} ${where}  ${out.bold(what)}  ${out.yellow("valid, but an event type this version does not know")}`;
  } else {
    const count = result.issues.length === 1 ? "1 issue" : `${result.issues.length} issues`;
    head = `${out.red("✗")} ${where}  ${out.bold(what)}  ${out.red(count)}`;
  }
  const lines = [head];
  for (const issue of result.issues) lines.push(`    ${out.red(issue.path)}  ${issue.message}`);
  for (const warning of result.warnings) {
    lines.push(`    ${out.yellow(`warning ${warning.path ?? "$"}`)}  ${warning.message}`);
  }
  return `${lines.join("\n")}\n`;
}

function totals(results: readonly InspectedPayload[], ctx: CommandContext): string {
  const valid = results.filter((r) => r.ok && r.known).length;
  const unknown = results.filter((r) => r.ok && !r.known).length;
  const invalid = results.length - valid - unknown;
  return ctx.out.dim(`${results.length} payloads: ${valid} valid, ${unknown} of unknown type, ${invalid} invalid\n`);
}
