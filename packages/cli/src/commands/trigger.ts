import type { TestRequestAuth } from "@contactkit/core/testing";
import { findFamily } from "../families";
import { TRIGGER_HELP } from "../help";
import { parseBasic, parseHeader, ReplayConfigError } from "../replay-target";
import { summarise } from "../summary";
import {
  buildTriggerEvent,
  type FieldAssignment,
  parseAssignment,
  sendTriggerRequest,
  TRIGGER_FAMILIES,
  TriggerConfigError,
  type TriggerEvent,
} from "../trigger";
import { type CommandContext, integerOption, parseCommandArgs, UsageError } from "./context";

/** `contactkit trigger <EventType> --to <url>`. */
export async function triggerCommand(args: readonly string[], ctx: CommandContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    to: { type: "string" },
    family: { type: "string" },
    set: { type: "string", multiple: true },
    user: { type: "string" },
    token: { type: "string" },
    header: { type: "string", multiple: true },
    bare: { type: "boolean" },
    print: { type: "boolean" },
    timeout: { type: "string" },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) {
    ctx.io.stdout.write(TRIGGER_HELP);
    return 0;
  }
  const [type, ...extra] = positionals;
  if (type === undefined)
    throw new UsageError("give the event type to send, e.g. contactkit trigger SessionEnded --to …");
  if (extra.length > 0) throw new UsageError(`one event type at a time (got ${positionals.length})`);
  if (values.to === undefined && !values.print) {
    throw new UsageError("give the endpoint with --to <url>, or --print to write the event to standard output");
  }
  if (values.user !== undefined && values.token !== undefined) throw new UsageError("give --user or --token, not both");
  const timeoutMs = integerOption("timeout", values.timeout, 10_000);
  const family = values.family === undefined ? undefined : findFamily(values.family, TRIGGER_FAMILIES);
  if (values.family !== undefined && !family) {
    const names = TRIGGER_FAMILIES.map((k) => k.family.family).join(", ");
    throw new UsageError(`--family must be one of ${names} (trigger sends what a platform sends)`);
  }

  let triggered: TriggerEvent;
  let auth: TestRequestAuth | undefined;
  let headers: Record<string, string>;
  try {
    const set: FieldAssignment[] = (values.set ?? []).map(parseAssignment);
    auth =
      values.user !== undefined
        ? parseBasic(values.user)
        : values.token !== undefined
          ? { token: values.token }
          : undefined;
    headers = Object.fromEntries((values.header ?? []).map(parseHeader));
    triggered = await buildTriggerEvent({ type, ...(family ? { family } : {}), set, bare: values.bare === true });
  } catch (error) {
    if (error instanceof TriggerConfigError || error instanceof ReplayConfigError) throw new UsageError(error.message);
    if (error instanceof Error && error.name === "TestEventError") {
      const issues = (error as Error & { issues?: readonly { path: string; message: string }[] }).issues ?? [];
      ctx.io.stderr.write(`contactkit trigger: --set makes the ${type} event invalid; nothing was sent\n`);
      for (const issue of issues) ctx.io.stderr.write(`    ${ctx.err.red(issue.path)}  ${issue.message}\n`);
      if (issues.length === 0) ctx.io.stderr.write(`    ${error.message}\n`);
      return 1;
    }
    throw error;
  }
  if (values.print) {
    ctx.io.stdout.write(`${JSON.stringify(triggered.body)}\n`);
    return 0;
  }

  let request: Request;
  try {
    request = triggered.request(values.to as string, auth, headers);
  } catch (error) {
    throw new UsageError(`--to: ${error instanceof TypeError ? error.message : "not a usable URL"}`);
  }
  const { out } = ctx;
  const what = `${triggered.family.family.vendor} ${triggered.family.family.family} ${triggered.type}`;
  const summary = summarise(triggered.body);
  const result = await sendTriggerRequest(request, { timeoutMs });
  ctx.io.stdout.write(`POST ${result.target}  ${out.bold(what)}${summary ? `  ${out.dim(summary)}` : ""}\n`);
  if (result.status === null) {
    ctx.io.stdout.write(`${out.red("---")} ${result.error}\n`);
    return 1;
  }
  const ok = result.status >= 200 && result.status < 300;
  const status = ok ? out.green(String(result.status)) : out.red(String(result.status));
  ctx.io.stdout.write(`${status}${result.answer ? ` ${result.answer}` : ""}  ${out.dim(`${result.durationMs} ms`)}\n`);
  return ok ? 0 : 1;
}
