/**
 * `contactkit simulate --chat`: a line-based guest chat for terminals (tmux, SSH, CI logs). It is a client of the
 * emulator's control API like the web UI: it starts a session, prints what the guest sees and a compact activity
 * log from the event stream, and turns each input line into a guest action.
 */
import { readFile, stat } from "node:fs/promises";
import { basename, resolve } from "node:path";
import { createInterface } from "node:readline";
import { Readable } from "node:stream";
import type { ExchangeView, SessionView } from "@contactkit/mluvii-simulator";
import type { CliIo, Style } from "../io";
import { readServerEvents } from "./events";
import { type Choice, renderExchange, renderItem } from "./render";

/** Options of {@link runTerminalChat}. */
export interface TerminalChatOptions {
  /** The simulator's origin (`http://127.0.0.1:<port>`). */
  readonly origin: string;
  readonly io: CliIo;
  readonly style: Style;
  readonly cwd: string;
  /** Print the compact activity log (default true; `/log off` hides it). */
  readonly log?: boolean;
  /** The session to start (`POST /_emulator/api/sessions` body). */
  readonly session?: Readonly<Record<string, unknown>>;
}

const HELP = `Type a message and press Enter to write as the guest. Commands:
  <number>                  click the numbered button of the bot's last cards
  /card [key=value …]       fill in the open hero card (asks field by field without values)
  /cancel                   close the open hero card without submitting
  /upload <file|url>        upload a file (answers the bot's upload prompt if open)
  /skip-upload              cancel the bot's upload prompt
  /location <lat> <lon>     share a location
  /wait <text>              wait until the bot says something containing <text> (scripts)
  /log on|off               show or hide the activity log
  /leave                    the guest leaves;  /end  the platform ends the session
  /new                      start a new session;  /help  this text;  /quit  stop
`;

/** Runs the chat until stdin ends or `/quit`; resolves with the exit code. */
export async function runTerminalChat(options: TerminalChatOptions): Promise<number> {
  const { io, style } = options;
  const api = `${options.origin}/_emulator/api`;
  const out = (line: string) => io.stdout.write(`${line}\n`);
  const stop = new AbortController();
  let session: SessionView | undefined;
  let printed = 0;
  let typingShown = false;
  let lastState = "";
  let log = options.log !== false;
  let choices: Choice[] = [];
  const waiters = new Set<() => void>();

  const call = async (method: string, path: string, body?: unknown): Promise<unknown> => {
    const response = await fetch(`${api}${path}`, {
      method,
      headers: body === undefined ? {} : { "content-type": "application/json" },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    const value = text === "" ? undefined : (JSON.parse(text) as unknown);
    if (!response.ok) {
      const error = (value as { error?: unknown } | undefined)?.error;
      throw new Error(typeof error === "string" ? error : `${response.status}: ${text.slice(0, 300)}`);
    }
    return value;
  };

  /** Prints the session's new items and state changes. */
  const show = (view: SessionView) => {
    if (!session || view.id !== session.id) return;
    session = view;
    for (const item of view.items.slice(printed)) {
      if (item.kind === "cards") choices = [];
      for (const line of renderItem(item, style, choices)) out(line);
    }
    printed = Math.max(printed, view.items.length);
    if (view.typing && !typingShown) out(style.dim("  … the bot is typing"));
    typingShown = view.typing;
    if (view.state !== lastState) {
      if (lastState !== "") out(style.dim(`  [session ${view.id} is now ${view.state}]`));
      lastState = view.state;
    }
    for (const wake of [...waiters]) wake();
  };

  const start = async () => {
    const view = (await call("POST", "/sessions", options.session ?? {})) as SessionView;
    session = view;
    printed = 0;
    lastState = "";
    choices = [];
    out(style.bold(`session ${view.id} started (${view.source}, ${view.language}); /help lists the commands`));
    show(view);
  };

  const events = readServerEvents(
    `${api}/events`,
    ({ event, data }) => {
      if (event === "session") show(data as SessionView);
      else if (event === "exchange" && log) {
        const exchange = data as ExchangeView;
        if (session === undefined || exchange.sessionId === undefined || exchange.sessionId === session.id) {
          out(renderExchange(exchange, style));
        }
      }
    },
    stop.signal,
  ).catch((error: unknown) => {
    io.stderr.write(
      `contactkit simulate: the event stream stopped: ${error instanceof Error ? error.message : error}\n`,
    );
  });

  const botSaid = (needle: string) =>
    session?.items.some((i) => i.from === "bot" && JSON.stringify(i).toLowerCase().includes(needle.toLowerCase())) ??
    false;
  const waitForBot = (needle: string, timeoutMs = 20_000) =>
    new Promise<boolean>((done) => {
      if (botSaid(needle)) return done(true);
      const timer = setTimeout(() => finish(false), timeoutMs);
      const check = () => botSaid(needle) && finish(true);
      const finish = (ok: boolean) => {
        clearTimeout(timer);
        waiters.delete(check);
        done(ok);
      };
      waiters.add(check);
    });

  const openForm = () =>
    [...(session?.items ?? [])].reverse().find((i) => i.kind === "form" && i.status === "open") as
      | Extract<SessionView["items"][number], { kind: "form" }>
      | undefined;

  let form: { fields: { key: string; label: string; required: boolean }[]; values: Record<string, string> } | undefined;
  const promptField = () => {
    const field = form?.fields[Object.keys(form.values).length];
    if (field) out(style.dim(`  ${field.label}${field.required ? " (required)" : " (Enter to skip)"}:`));
    return field;
  };
  const submitCard = async (params: Record<string, string>) => {
    const card = openForm();
    if (!card) return out(style.yellow("  no hero card is open"));
    await call("POST", `/sessions/${session?.id}/hero-card`, { heroCardId: card.heroCardId, params });
  };

  const upload = async (target: string) => {
    const id = session?.id;
    if (/^https?:\/\//i.test(target)) return call("POST", `/sessions/${id}/files`, { url: target });
    const path = resolve(options.cwd, target);
    await stat(path);
    const response = await fetch(`${api}/sessions/${id}/files?name=${encodeURIComponent(basename(path))}`, {
      method: "POST",
      headers: { "content-type": "application/octet-stream" },
      body: await readFile(path),
    });
    if (!response.ok) throw new Error(`upload failed: ${response.status} ${await response.text()}`);
    return undefined;
  };

  /** Handles one input line; resolves `false` to stop. */
  const handle = async (line: string): Promise<boolean> => {
    const id = session?.id;
    if (form) {
      const field = form.fields[Object.keys(form.values).length];
      if (field) form.values[field.key] = line.trim();
      if (!promptField()) {
        const params = Object.fromEntries(Object.entries(form.values).filter(([, v]) => v !== ""));
        form = undefined;
        await submitCard(params);
      }
      return true;
    }
    const trimmed = line.trim();
    if (trimmed === "") return true;
    const [command = "", ...args] = trimmed.split(/\s+/);
    const rest = trimmed.slice(command.length).trim();
    if (/^\d+$/.test(trimmed) && choices.length > 0) {
      const choice = choices[Number(trimmed) - 1];
      if (!choice) out(style.yellow(`  choose 1 to ${choices.length}`));
      else await call("POST", `/sessions/${id}/click`, choice);
      return true;
    }
    if (!command.startsWith("/")) {
      await call("POST", `/sessions/${id}/messages`, { text: line });
      return true;
    }
    switch (command) {
      case "/help":
        io.stdout.write(HELP);
        return true;
      case "/quit":
        return false;
      case "/new":
        await start();
        return true;
      case "/card": {
        const card = openForm();
        if (!card) {
          out(style.yellow("  no hero card is open"));
          return true;
        }
        if (args.length > 0) {
          await submitCard(
            Object.fromEntries(args.map((a) => [a.split("=")[0] ?? "", a.split("=").slice(1).join("=")])),
          );
          return true;
        }
        const fields = [...card.fields]
          .sort((a, b) => a.ordinal - b.ordinal)
          .filter((f) => f.key)
          .map((f) => ({
            key: f.key as string,
            label: f.label.replace(/<[^>]*>/g, ""),
            required: f.required === true,
          }));
        form = { fields, values: {} };
        if (!promptField()) {
          form = undefined;
          await submitCard({});
        }
        return true;
      }
      case "/cancel":
        await call("POST", `/sessions/${id}/hero-card/cancel`, {});
        return true;
      case "/upload":
        if (rest === "") out(style.yellow("  /upload <file|url>"));
        else await upload(rest);
        return true;
      case "/skip-upload":
        await call("POST", `/sessions/${id}/files/cancel`, {});
        return true;
      case "/location": {
        const [latitude, longitude] = args.map(Number);
        if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) out(style.yellow("  /location <lat> <lon>"));
        else await call("POST", `/sessions/${id}/location`, { latitude, longitude });
        return true;
      }
      case "/wait":
        if (!(await waitForBot(rest))) out(style.yellow(`  the bot did not say "${rest}" within 20 s`));
        return true;
      case "/log":
        log = args[0] !== "off";
        return true;
      case "/leave":
        await call("POST", `/sessions/${id}/leave`, {});
        return true;
      case "/end":
        await call("POST", `/sessions/${id}/end`, {});
        return true;
      default:
        out(style.yellow(`  unknown command ${command}; /help lists them`));
        return true;
    }
  };

  try {
    await start();
  } catch (error) {
    io.stderr.write(
      `contactkit simulate: could not start a session: ${error instanceof Error ? error.message : error}\n`,
    );
    stop.abort();
    return 1;
  }
  const lines = createInterface({
    input: Readable.from(io.stdin),
    crlfDelay: Number.POSITIVE_INFINITY,
    terminal: false,
  });
  const aborted = () => lines.close();
  io.signal?.addEventListener("abort", aborted, { once: true });
  try {
    for await (const line of lines) {
      try {
        if (!(await handle(line))) break;
      } catch (error) {
        out(style.red(`  ${error instanceof Error ? error.message : String(error)}`));
      }
    }
    // Input ended (a script, a pipe): let the bot finish, then print what it still said.
    await call("POST", "/idle").catch(() => {});
    if (session) show((await call("GET", `/sessions/${session.id}`).catch(() => session)) as SessionView);
  } finally {
    io.signal?.removeEventListener("abort", aborted);
    lines.close();
    stop.abort();
    await events;
  }
  return 0;
}
