import { resolve } from "node:path";
import { familyNames, findFamily } from "../families";
import { LISTEN_HELP } from "../help";
import { toVerdict } from "../inspect";
import { type ListenDelivery, startListener } from "../listen";
import { displayUrl } from "../replay-target";
import { summarise } from "../summary";
import { type CommandContext, integerOption, parseCommandArgs, UsageError } from "./context";

/** `contactkit listen --port <P>`. */
export async function listenCommand(args: readonly string[], ctx: CommandContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    port: { type: "string", short: "p" },
    host: { type: "string" },
    family: { type: "string" },
    out: { type: "string", short: "o" },
    forward: { type: "string" },
    strict: { type: "boolean" },
    warnings: { type: "boolean" },
    json: { type: "boolean" },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) {
    ctx.io.stdout.write(LISTEN_HELP);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`listen takes no file arguments (got "${positionals[0]}")`);
  if (values.port === undefined)
    throw new UsageError("give the port to listen on with --port <n> (0 for any free port)");
  const port = integerOption("port", values.port, 0);
  if (port > 65_535) throw new UsageError("--port must be at most 65535");
  const family = values.family === undefined ? undefined : findFamily(values.family);
  if (values.family !== undefined && !family) {
    throw new UsageError(`--family must be one of ${familyNames().join(", ")} (or vendor/family)`);
  }
  let forward: URL | undefined;
  if (values.forward !== undefined) {
    try {
      forward = new URL(values.forward);
    } catch {
      throw new UsageError("--forward is not an absolute URL; give one like http://127.0.0.1:3000/webhooks");
    }
    if (forward.protocol !== "http:" && forward.protocol !== "https:") {
      throw new UsageError("--forward must be an http:// or https:// URL");
    }
  }
  const out = values.out === undefined ? undefined : resolve(ctx.cwd, values.out);
  const counts = { valid: 0, unknown: 0, invalid: 0 };

  const report = (delivery: ListenDelivery): void => {
    const { detection } = delivery;
    if (detection) {
      if (!detection.ok) counts.invalid++;
      else if (detection.known) counts.valid++;
      else counts.unknown++;
    }
    if (values.json) {
      const verdict = detection ? toVerdict(detection, { warnings: values.warnings === true }) : null;
      const line = {
        at: delivery.at.toISOString(),
        method: delivery.method,
        path: delivery.path,
        status: delivery.status,
        ...(delivery.answer ? { answer: delivery.answer } : {}),
        ...(delivery.forwardError ? { forwardError: delivery.forwardError } : {}),
        recorded: delivery.recorded,
        ...(verdict ? { event: verdict } : {}),
      };
      ctx.io.stdout.write(`${JSON.stringify(line)}\n`);
    } else ctx.io.stdout.write(render(delivery, ctx));
  };

  let listener: Awaited<ReturnType<typeof startListener>>;
  try {
    listener = await startListener({
      port,
      ...(values.host ? { host: values.host } : {}),
      ...(family ? { families: [family] } : {}),
      ...(values.strict ? { strict: true } : {}),
      ...(values.warnings ? { strictWarnings: true } : {}),
      ...(out ? { out } : {}),
      ...(forward ? { forward } : {}),
      onDelivery: report,
    });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const why =
      code === "EADDRINUSE" ? `port ${port} is in use; pick another with --port` : "the server could not start";
    ctx.io.stderr.write(`contactkit listen: ${why}\n`);
    return 1;
  }
  if (values.json) {
    const started = {
      listening: listener.url,
      ...(forward ? { forward: displayUrl(forward) } : {}),
      ...(out ? { out } : {}),
    };
    ctx.io.stdout.write(`${JSON.stringify(started)}\n`);
  } else {
    const via = forward ? `, forwarding to ${displayUrl(forward)}` : "";
    ctx.io.stdout.write(`listening on ${listener.url}${via}${out ? `, recording to ${values.out}` : ""}\n`);
    ctx.io.stdout.write(ctx.out.dim("Press Ctrl-C to stop.\n"));
  }

  await new Promise<void>((done) => {
    const signal = ctx.io.signal;
    if (!signal) return;
    if (signal.aborted) done();
    else signal.addEventListener("abort", () => done(), { once: true });
  });
  await listener.close();
  const total = counts.valid + counts.unknown + counts.invalid;
  const summary =
    `${total} ${total === 1 ? "event" : "events"}: ${counts.valid} valid, ${counts.unknown} of unknown type, ` +
    `${counts.invalid} invalid${out ? `; recorded to ${values.out}` : ""}\n`;
  (values.json ? ctx.io.stderr : ctx.io.stdout).write(summary);
  return 0;
}

const clock = (at: Date): string => at.toTimeString().slice(0, 8);

function render(delivery: ListenDelivery, ctx: CommandContext): string {
  const { out } = ctx;
  const { detection } = delivery;
  const head = `${out.dim(clock(delivery.at))} ${delivery.method} ${delivery.path}`;
  const answered = `${delivery.status >= 200 && delivery.status < 300 ? out.green(String(delivery.status)) : out.red(String(delivery.status))}`;
  const answer = delivery.answer ? ` ${delivery.answer}` : "";
  if (!detection) return `${head}  → ${answered}\n`;
  const what =
    detection.family !== null
      ? `${detection.vendor} ${detection.family} ${detection.type ?? "(no type)"}`
      : detection.issues[0]?.message.startsWith("not JSON") || detection.issues[0]?.message.startsWith("the input")
        ? "not JSON"
        : "not a recognised event";
  let mark: string;
  let tail = "";
  if (detection.ok && detection.known) {
    mark = out.green("✓");
    const summary = summarise(detection.event);
    tail = summary ? `  ${out.dim(summary)}` : "";
  } else if (detection.ok) {
    mark = out.yellow("?");
    tail = `  ${out.yellow("an event type this version does not know")}`;
  } else {
    mark = out.red("✗");
    tail = `  ${out.red(detection.issues.length === 1 ? "1 issue" : `${detection.issues.length} issues`)}`;
  }
  const lines = [`${head}  ${mark} ${out.bold(what)}${tail}  → ${answered}${answer}`];
  for (const issue of detection.issues) lines.push(`    ${out.red(issue.path)}  ${issue.message}`);
  for (const warning of detection.warnings)
    lines.push(`    ${out.yellow(`warning ${warning.path ?? "$"}`)}  ${warning.message}`);
  if (delivery.forwardError) lines.push(`    ${out.red("forward")}  ${delivery.forwardError}`);
  if (delivery.notRecorded) lines.push(`    ${out.yellow("not recorded")}  ${delivery.notRecorded}`);
  return `${lines.join("\n")}\n`;
}
