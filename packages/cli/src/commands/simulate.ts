import { spawn } from "node:child_process";
import { createMluviiSimulator, type MluviiSimulator, type TranscriptEntry } from "@contactkit/mluvii-simulator";
import { parseFaultFlag } from "../fault-flags";
import { SIMULATE_HELP } from "../help";
import { displayUrl } from "../replay-target";
import { runTerminalChat } from "../terminal-chat/chat";
import { type CommandContext, integerOption, parseCommandArgs, UsageError } from "./context";

/**
 * `contactkit simulate --bot-callback <url> [--webhook <url>] [--port n] [--chatbot-id id] [--open] [--chat]
 * [--fault spec]… [--token-lifetime s]`: the simulator with the emulator's web UI and control API.
 */
export async function simulateCommand(args: readonly string[], ctx: CommandContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    "bot-callback": { type: "string" },
    webhook: { type: "string", multiple: true },
    port: { type: "string" },
    "chatbot-id": { type: "string" },
    json: { type: "boolean" },
    quiet: { type: "boolean", short: "q" },
    open: { type: "boolean" },
    chat: { type: "boolean" },
    fault: { type: "string", multiple: true },
    "token-lifetime": { type: "string" },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) {
    ctx.io.stdout.write(SIMULATE_HELP);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const botCallback = values["bot-callback"];
  if (botCallback === undefined) {
    throw new UsageError("give your bot's callback URL with --bot-callback <url>, e.g. http://127.0.0.1:3000/mluvii");
  }
  checkUrl("--bot-callback", botCallback);
  const webhooks = values.webhook ?? [];
  for (const url of webhooks) checkUrl("--webhook", url);
  const port = integerOption("port", values.port, 0);
  if (port > 65_535) throw new UsageError("--port must be between 0 and 65535");
  const chatbotId = integerOption("chatbot-id", values["chatbot-id"], 1);
  if (chatbotId === 0) throw new UsageError("--chatbot-id must be a positive whole number");
  const faults = (values.fault ?? []).map(parseFaultFlag);
  const tokenLifetime = integerOption("token-lifetime", values["token-lifetime"], 3_600);
  if (tokenLifetime === 0) throw new UsageError("--token-lifetime must be at least 1 second");
  if (values.chat && values.json) throw new UsageError("--chat and --json do not go together");

  const sim = createMluviiSimulator({
    port,
    chatbotId,
    botCallbackUrl: botCallback,
    webhooks: webhooks.map((callbackUrl) => ({ callbackUrl })),
    faults,
    tokenLifetimeSeconds: tokenLifetime,
    ui: true,
  });
  // Exchanges during start() (the ping) are held until the banner is out, so the banner comes first. The terminal
  // chat prints its own compact log instead.
  let held: TranscriptEntry[] | undefined = [];
  const unsubscribe =
    values.quiet || values.chat
      ? undefined
      : sim.transcript.subscribe((entry) => {
          if (held) held.push(entry);
          else ctx.io.stdout.write(renderEntry(entry, ctx));
        });
  try {
    await sim.start();
  } catch (error) {
    unsubscribe?.();
    const code = (error as { code?: unknown }).code;
    if (code === "EADDRINUSE") {
      ctx.io.stderr.write(
        `contactkit simulate: port ${port} is in use; pick another --port, or omit it for a free one\n`,
      );
    } else {
      ctx.io.stderr.write(
        `contactkit simulate: could not start: ${error instanceof Error ? error.message : String(error)}\n`,
      );
    }
    return 1;
  }
  ctx.io.stdout.write(
    values.json
      ? `${JSON.stringify(startupInfo(sim, webhooks))}\n`
      : banner(sim, botCallback, webhooks, ctx, values.chat === true),
  );
  for (const entry of held ?? []) ctx.io.stdout.write(renderEntry(entry, ctx));
  held = undefined;
  const [ping] = sim.transcript.filter({ route: "bot-callback" });
  if (ping && (ping.status === null || ping.status >= 300)) {
    ctx.io.stderr.write(
      ctx.err.yellow("the bot callback did not answer the start-up ping with 2xx; is your bot running at that URL?\n"),
    );
  }
  if (values.open) openInBrowser(`${sim.origin}/`, ctx);
  let code = 0;
  if (values.chat) {
    code = await runTerminalChat({ origin: sim.origin, io: ctx.io, style: ctx.out, cwd: ctx.cwd });
  } else {
    await untilAborted(ctx.io.signal);
  }
  unsubscribe?.();
  await sim.stop();
  if (!values.json) ctx.io.stdout.write("mluvii simulator stopped\n");
  return code;
}

/** Opens `url` in the desktop's browser; a machine without one (SSH, CI) just keeps the printed URL. */
function openInBrowser(url: string, ctx: CommandContext): void {
  const [command, args] =
    process.platform === "darwin"
      ? ["open", [url]]
      : process.platform === "win32"
        ? ["cmd", ["/c", "start", "", url]]
        : ["xdg-open", [url]];
  try {
    const child = spawn(command, args as string[], { stdio: "ignore", detached: true });
    child.on("error", () => ctx.io.stderr.write(ctx.err.dim(`could not open a browser; open ${url} yourself\n`)));
    child.unref();
  } catch {
    ctx.io.stderr.write(ctx.err.dim(`could not open a browser; open ${url} yourself\n`));
  }
}

function checkUrl(option: string, value: string): void {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`${option} is not an absolute URL; give one like http://127.0.0.1:3000/mluvii`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new UsageError(`${option} must be an http(s) URL`);
}

/** The machine-readable startup line of `--json` (the simulator's own client credentials are local dev values). */
function startupInfo(sim: MluviiSimulator, webhooks: readonly string[]) {
  return {
    origin: sim.origin,
    tokenUrl: `${sim.origin}/login/connect/token`,
    clientId: sim.credentials.clientId,
    clientSecret: sim.credentials.clientSecret,
    chatbotId: sim.chatbotId,
    activityUrl: `${sim.origin}/api/v1/Chatbot/${sim.chatbotId}/activity`,
    emulatorUrl: `${sim.origin}/`,
    controlApi: `${sim.origin}/_emulator/api`,
    webhooks: webhooks.map((url) => displayUrl(new URL(url))),
  };
}

function banner(
  sim: MluviiSimulator,
  botCallback: string,
  webhooks: readonly string[],
  ctx: CommandContext,
  chat: boolean,
): string {
  const info = startupInfo(sim, webhooks);
  const { bold, dim } = ctx.out;
  const row = (name: string, value: string) => `  ${name.padEnd(16)}${value}\n`;
  return [
    `${bold("mluvii simulator")} listening on ${bold(info.origin)}\n`,
    row("emulator UI", `${bold(info.emulatorUrl)}  (chat as the guest, inspect, inject faults)`),
    row("token endpoint", `POST ${info.tokenUrl}`),
    row("client id", info.clientId),
    row("client secret", info.clientSecret),
    row("chatbot id", `${info.chatbotId}  (activities: POST ${info.activityUrl})`),
    row("bot callback", displayUrl(new URL(botCallback))),
    ...info.webhooks.map((url) => row("webhook", `${url}  (every session event)`)),
    ...sim.faults.list().map((f) => row("fault", describeFlagFault({ ...f.spec }))),
    dim(
      chat
        ? "Terminal chat: type as the guest, /help for commands, Ctrl-D or /quit to stop.\n"
        : "Press Ctrl-C to stop.\n",
    ),
  ].join("");
}

function renderEntry(entry: TranscriptEntry, ctx: CommandContext): string {
  const { red, green, dim } = ctx.out;
  const arrow = entry.direction === "inbound" ? "←" : "→";
  const url = entry.direction === "outbound" ? safeDisplay(entry.url) : entry.url;
  const status =
    entry.status === null ? red("---") : entry.status < 400 ? green(String(entry.status)) : red(String(entry.status));
  const what = entry.activity ?? entry.eventType ?? pascalActivity(entry.requestBody) ?? "";
  const extra = [entry.attempt !== undefined && entry.attempt > 1 ? `attempt ${entry.attempt}` : "", entry.fault ?? ""]
    .filter(Boolean)
    .join(", ");
  return `${arrow} ${status} ${entry.method} ${url} ${what}${extra ? ` (${extra})` : ""} ${dim(`${entry.durationMs} ms`)}\n`;
}

/** mluvii's Ping is sent as `{"Activity":"Ping"}`, which the transcript does not name. */
function pascalActivity(body: unknown): string | undefined {
  const value = body !== null && typeof body === "object" ? (body as Record<string, unknown>).Activity : undefined;
  return typeof value === "string" ? value : undefined;
}

function safeDisplay(url: string): string {
  try {
    return displayUrl(new URL(url));
  } catch {
    return "(url)";
  }
}

function untilAborted(signal: AbortSignal | undefined): Promise<void> {
  if (!signal) return new Promise(() => {}); // no signal: run until the process ends
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => signal.addEventListener("abort", () => resolve(), { once: true }));
}

/** `bot-callback drop (GetCallParamsResponse) ×1`. */
function describeFlagFault(spec: Readonly<Record<string, unknown>>): string {
  const { route, kind, times, activity, eventType, ...rest } = spec;
  const options = Object.entries(rest)
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(" ");
  const filter = activity ?? eventType;
  const count = times === undefined ? 1 : times === Number.POSITIVE_INFINITY ? "every" : times;
  return `${route} ${kind}${options ? ` ${options}` : ""}${filter ? ` (${String(filter)})` : ""} ×${String(count)}`;
}
