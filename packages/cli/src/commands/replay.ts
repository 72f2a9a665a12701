import { REPLAY_HELP } from "../help";
import { type ReplayResult, replay } from "../replay";
import { type CapturedEvent, loadCapturedEvents } from "../replay-sources";
import { parseBasic, parseHeader, ReplayConfigError } from "../replay-target";
import { type CommandContext, integerOption, parseCommandArgs, UsageError } from "./context";

/** Replays of at least this many events show a progress line on a terminal's stderr. */
const PROGRESS_FROM = 10;

/** `contactkit replay <file|dir|ndjson>... --to <url>`. */
export async function replayCommand(args: readonly string[], ctx: CommandContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    to: { type: "string" },
    basic: { type: "string" },
    token: { type: "string" },
    header: { type: "string", multiple: true },
    delay: { type: "string" },
    timeout: { type: "string" },
    "allow-remote": { type: "boolean" },
    raw: { type: "boolean" },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) {
    ctx.io.stdout.write(REPLAY_HELP);
    return 0;
  }
  if (positionals.length === 0)
    throw new UsageError("give the captured events to send: a file, a directory or an NDJSON file");
  if (values.to === undefined)
    throw new UsageError("give the endpoint with --to <url>, e.g. --to http://127.0.0.1:3000/webhooks");
  const delayMs = integerOption("delay", values.delay, 0);
  const timeoutMs = integerOption("timeout", values.timeout, 10_000);
  let events: CapturedEvent[];
  try {
    events = await loadCapturedEvents(positionals, ctx.cwd, { raw: values.raw === true });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const why = code === "ENOENT" ? "no such file or directory" : "it cannot be read";
    ctx.io.stderr.write(`contactkit replay: cannot read the captured events (${why}); check the paths\n`);
    return 1;
  }
  if (events.length === 0) {
    ctx.io.stderr.write(
      "contactkit replay: no events found (directories are searched for *.json, *.ndjson, *.jsonl)\n",
    );
    return 1;
  }
  const progress = ctx.io.stderr.isTTY === true && events.length >= PROGRESS_FROM;
  const clear = () => progress && ctx.io.stderr.write("\r\u001b[K");
  try {
    const headers = Object.fromEntries((values.header ?? []).map(parseHeader));
    const summary = await replay({
      to: values.to,
      ...(values.basic === undefined ? {} : { basic: parseBasic(values.basic) }),
      ...(values.token === undefined ? {} : { token: values.token }),
      headers,
      allowRemote: values["allow-remote"] === true,
      events,
      delayMs,
      timeoutMs,
      ...(ctx.io.signal ? { signal: ctx.io.signal } : {}),
      onResult: (result, index, total) => {
        clear();
        ctx.io.stdout.write(renderResult(result, ctx));
        if (progress && index + 1 < total) ctx.io.stderr.write(ctx.err.dim(`replaying ${index + 1}/${total}…`));
      },
    });
    clear();
    const failed = summary.failed > 0 ? ctx.out.red(`${summary.failed} failed`) : "0 failed";
    ctx.io.stdout.write(
      `${summary.results.length} ${summary.results.length === 1 ? "event" : "events"} to ${summary.target}: ${ctx.out.green(`${summary.succeeded} ok`)}, ${failed}\n`,
    );
    return summary.failed > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof ReplayConfigError) throw new UsageError(error.message);
    throw error;
  }
}

function renderResult(result: ReplayResult, ctx: CommandContext): string {
  const { out } = ctx;
  const where = result.event.line === undefined ? result.event.source : `${result.event.source}:${result.event.line}`;
  const label = result.label ? `  ${out.dim(result.label)}` : "";
  const answer = result.answer ? `  ${result.answer}` : "";
  if (result.ok) {
    return `${out.green(String(result.status))} ${where}${label}  ${out.dim(`${result.durationMs} ms`)}${answer}\n`;
  }
  const status = result.status === null ? "---" : String(result.status);
  const why = result.error ? `  ${result.error}` : "";
  return `${out.red(status)} ${where}${label}${why}${answer}\n`;
}
