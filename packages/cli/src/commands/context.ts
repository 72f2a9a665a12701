import { type ParseArgsConfig, parseArgs } from "node:util";
import { brandErrorClass, ContactkitError } from "@contactkit/core";
import { type CliIo, type Style, styleFor } from "../io";

/** A command-line mistake; the CLI prints it with a pointer to `--help` and exits 2. */
export class UsageError extends ContactkitError {
  static {
    brandErrorClass(UsageError, "ContactkitCliUsageError");
  }
  override readonly name = "UsageError";
}

/** What every command gets: the io, resolved defaults and styles for each stream. */
export interface CommandContext {
  readonly io: CliIo;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  readonly out: Style;
  readonly err: Style;
}

/** Builds the context of a command run. */
export function contextOf(io: CliIo): CommandContext {
  const env = io.env ?? {};
  return { io, env, cwd: io.cwd ?? process.cwd(), out: styleFor(io.stdout, env), err: styleFor(io.stderr, env) };
}

type Options = NonNullable<ParseArgsConfig["options"]>;
type ParsedCommandArgs<O extends Options> = ReturnType<
  typeof parseArgs<{ args: string[]; options: O; allowPositionals: true; strict: true }>
>;

/** `parseArgs` in strict mode, with its errors turned into {@link UsageError}s. */
export function parseCommandArgs<O extends Options>(args: readonly string[], options: O): ParsedCommandArgs<O> {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    const message =
      error instanceof Error ? error.message.replace(/\. To specify a positional.*$/s, "") : "bad arguments";
    throw new UsageError(message);
  }
}

/** A non-negative integer option, or a usage error naming it. */
export function integerOption(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) throw new UsageError(`--${name} must be a non-negative whole number`);
  return Number(value);
}
