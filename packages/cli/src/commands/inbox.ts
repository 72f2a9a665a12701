import type { DeadLetter } from "@contactkit/core";
import type * as RedisPackage from "@contactkit/redis";
import { INBOX_HELP } from "../help";
import { type CommandContext, integerOption, parseCommandArgs, UsageError } from "./context";

const SUBCOMMANDS = ["list", "show", "replay", "purge"] as const;
type Subcommand = (typeof SUBCOMMANDS)[number];

/** `contactkit inbox <list|show|replay|purge>`: a Redis inbox's dead letters. */
export async function inboxCommand(args: readonly string[], ctx: CommandContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    "redis-url": { type: "string" },
    name: { type: "string" },
    "key-prefix": { type: "string" },
    limit: { type: "string" },
    all: { type: "boolean" },
    "show-payload": { type: "boolean" },
    json: { type: "boolean" },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) {
    ctx.io.stdout.write(INBOX_HELP);
    return 0;
  }
  const [sub, id, extra] = positionals;
  if (sub === undefined) throw new UsageError(`give a subcommand: ${SUBCOMMANDS.join(", ")}`);
  if (!(SUBCOMMANDS as readonly string[]).includes(sub))
    throw new UsageError(`"${sub}" is not an inbox subcommand (${SUBCOMMANDS.join(", ")})`);
  const subcommand = sub as Subcommand;
  if (extra !== undefined) throw new UsageError(`unexpected argument "${extra}"`);
  if (subcommand === "list" && id !== undefined) throw new UsageError(`list takes no id (got "${id}")`);
  if (subcommand === "show" && id === undefined) throw new UsageError("give the dead letter's id: show <id>");
  if (subcommand === "replay" || subcommand === "purge") {
    if (id === undefined && !values.all) throw new UsageError(`give an id or --all: ${subcommand} <id> | --all`);
    if (id !== undefined && values.all) throw new UsageError(`give an id or --all, not both`);
  } else if (values.all) throw new UsageError(`--all goes with replay or purge`);
  if (values["show-payload"] && subcommand !== "show") throw new UsageError("--show-payload goes with show");
  const limit = integerOption("limit", values.limit, 100);

  let redisPackage: typeof RedisPackage;
  try {
    redisPackage = await import("@contactkit/redis");
  } catch {
    ctx.io.stderr.write(
      "contactkit inbox: @contactkit/redis is not installed; install it next to the CLI (npm install @contactkit/redis)\n",
    );
    return 1;
  }
  const url = values["redis-url"] ?? ctx.env.CONTACTKIT_REDIS_URL ?? "redis://127.0.0.1:6379";
  const redis = redisPackage.createRedisConnection({
    url,
    ...(values["key-prefix"] === undefined ? {} : { keyPrefix: values["key-prefix"] }),
    commandTimeoutMs: 10_000,
  });
  try {
    await redis.ready({ timeoutMs: 5_000 });
  } catch {
    await redis.close();
    ctx.io.stderr.write(`contactkit inbox: cannot reach Redis at ${where(url)}\n`);
    return 1;
  }
  const inbox = redisPackage.createRedisInbox({ redis, ...(values.name === undefined ? {} : { name: values.name }) });
  try {
    return await runSubcommand(
      subcommand,
      id,
      { limit, showPayload: values["show-payload"] === true, json: values.json === true },
      inbox,
      ctx,
    );
  } catch (error) {
    if (error instanceof redisPackage.RedisUnavailableError) {
      ctx.io.stderr.write(`contactkit inbox: ${error.message}\n`);
      return 1;
    }
    throw error;
  } finally {
    await inbox.close();
    await redis.close();
  }
}

interface Flags {
  readonly limit: number;
  readonly showPayload: boolean;
  readonly json: boolean;
}

async function runSubcommand(
  sub: Subcommand,
  id: string | undefined,
  flags: Flags,
  inbox: RedisPackage.RedisInbox,
  ctx: CommandContext,
): Promise<number> {
  const { stdout, stderr } = ctx.io;
  switch (sub) {
    case "list": {
      const letters = await inbox.listDeadLetters({ limit: flags.limit });
      for (const letter of letters) {
        stdout.write(flags.json ? `${JSON.stringify(summaryOf(letter))}\n` : `${lineOf(letter, ctx)}\n`);
      }
      if (!flags.json) {
        const { deadLettered } = await inbox.stats();
        stderr.write(`${letters.length} of ${deadLettered} dead letters in inbox "${inbox.name}"\n`);
      }
      return 0;
    }
    case "show": {
      const letter = await inbox.getDeadLetter(id as string);
      if (!letter) return notFound(id as string, ctx);
      const body = new TextDecoder().decode(letter.body);
      if (flags.json) {
        stdout.write(`${JSON.stringify({ ...summaryOf(letter), ...(flags.showPayload ? { body } : {}) })}\n`);
        return 0;
      }
      stdout.write(`${lineOf(letter, ctx)}\n`);
      stdout.write(
        `  received ${new Date(letter.receivedAt).toISOString()}${letter.key ? `, key ${letter.key}` : ""}\n`,
      );
      stdout.write(
        flags.showPayload
          ? `${body}\n`
          : `${ctx.out.dim(`  body: ${letter.body.length} bytes (--show-payload prints it)`)}\n`,
      );
      return 0;
    }
    case "replay": {
      if (id !== undefined) {
        if (!(await inbox.replayDeadLetter(id))) return notFound(id, ctx);
        stdout.write(`replayed ${id}\n`);
        return 0;
      }
      let replayed = 0;
      // One page at a time: each replay removes its dead letter, so the next page starts at the new oldest.
      for (;;) {
        const page = await inbox.listDeadLetters({ limit: 100 });
        if (page.length === 0) break;
        for (const letter of page) if (await inbox.replayDeadLetter(letter.id)) replayed++;
      }
      stdout.write(`replayed ${replayed} dead letters into inbox "${inbox.name}"\n`);
      return 0;
    }
    case "purge": {
      const removed = await inbox.purgeDeadLetters(id);
      if (id !== undefined && removed === 0) return notFound(id, ctx);
      stdout.write(`purged ${removed} dead letter${removed === 1 ? "" : "s"}\n`);
      return 0;
    }
  }
}

/** What list and show print: never the body. */
function summaryOf(letter: DeadLetter) {
  return {
    id: letter.id,
    type: letter.type,
    attempts: letter.attempts,
    deadAt: new Date(letter.deadAt).toISOString(),
    receivedAt: new Date(letter.receivedAt).toISOString(),
    ...(letter.key === undefined ? {} : { key: letter.key }),
    error: letter.error,
  };
}

function lineOf(letter: DeadLetter, ctx: CommandContext): string {
  const when = new Date(letter.deadAt).toISOString();
  const error = `${letter.error.name}: ${letter.error.message}`.replace(/\s+/g, " ");
  return `${letter.id}  ${letter.type}  attempts ${letter.attempts}  ${ctx.out.dim(when)}  ${ctx.out.red(error)}`;
}

function notFound(id: string, ctx: CommandContext): number {
  ctx.io.stderr.write(`contactkit inbox: no dead letter ${JSON.stringify(id.slice(0, 60))}\n`);
  return 1;
}

/** Host and port only: a Redis URL may carry a password. */
function where(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || "6379"}`;
  } catch {
    return "the given URL (it does not parse)";
  }
}
