import { type CommandContext, contextOf, UsageError } from "./commands/context";
import { inboxCommand } from "./commands/inbox";
import { inspectCommand } from "./commands/inspect";
import { listenCommand } from "./commands/listen";
import { replayCommand } from "./commands/replay";
import { schemaCommand } from "./commands/schema";
import { simulateCommand } from "./commands/simulate";
import { triggerCommand } from "./commands/trigger";
import { MAIN_HELP } from "./help";
import type { CliIo } from "./io";

type Command = (args: readonly string[], ctx: CommandContext) => Promise<number>;

const COMMANDS: Readonly<Record<string, Command>> = {
  inspect: inspectCommand,
  schema: schemaCommand,
  simulate: simulateCommand,
  replay: replayCommand,
  trigger: triggerCommand,
  listen: listenCommand,
  inbox: inboxCommand,
};

/**
 * Runs the `contactkit` command line in-process and resolves to its exit code (0 success, 1 failure, 2 usage
 * error, 3 `inspect` found a valid event of an unknown type). Never calls `process.exit`; all output goes to
 * `io.stdout`/`io.stderr`, so tests can run every command without a child process.
 *
 * @example
 * const code = await runCli(["inspect", "webhook.json", "--json"], { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const ctx = contextOf(io);
  const [name, ...rest] = argv;
  if (name === undefined || name === "-h" || name === "--help" || name === "help") {
    if (name === "help" && rest[0] !== undefined && Object.hasOwn(COMMANDS, rest[0])) {
      return runCli([rest[0], "--help"], io);
    }
    io.stdout.write(MAIN_HELP);
    return name === undefined ? 2 : 0;
  }
  if (name === "-v" || name === "--version") {
    io.stdout.write(`${io.version ?? "unknown"}\n`);
    return 0;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    const hint = name.startsWith("-") ? "options go after a command" : `"${name}" is not a command`;
    io.stderr.write(`contactkit: ${hint}. Commands: ${Object.keys(COMMANDS).join(", ")}. Run "contactkit --help".\n`);
    return 2;
  }
  try {
    return await command(rest, ctx);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(
        `contactkit ${name}: ${error.message}\n${ctx.err.dim(`Run "contactkit ${name} --help" for usage.`)}\n`,
      );
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`contactkit ${name}: unexpected error: ${message}\nPlease report it with the command you ran.\n`);
    return 1;
  }
}
