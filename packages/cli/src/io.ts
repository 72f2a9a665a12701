/** Something the CLI writes to: `process.stdout`, or a string collector in tests. */
export interface CliOutput {
  write(chunk: string): unknown;
  /** Whether this is a terminal: colour and progress are used only then. */
  readonly isTTY?: boolean;
}

/**
 * The CLI's world, injected so tests run it in-process: streams, environment, working directory, a signal that
 * stops long-running commands (`simulate`), and the version to print.
 */
export interface CliIo {
  /** Standard input, read for `inspect -`. */
  readonly stdin: AsyncIterable<string | Uint8Array> & { readonly isTTY?: boolean };
  /** Results go here. */
  readonly stdout: CliOutput;
  /** Progress, hints and errors go here. */
  readonly stderr: CliOutput;
  /** Environment variables (`NO_COLOR`). Default: none. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Directory relative paths are resolved against. Default `process.cwd()`. */
  readonly cwd?: string;
  /** Aborting it stops `simulate` (the binary aborts it on SIGINT/SIGTERM). */
  readonly signal?: AbortSignal;
  /** Printed by `--version`. The binary passes its package version. */
  readonly version?: string;
}

/** Reads a whole stream as UTF-8 text. */
export async function readAll(stream: AsyncIterable<string | Uint8Array>): Promise<string> {
  const decoder = new TextDecoder("utf-8");
  let text = "";
  for await (const chunk of stream) {
    text += typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
  }
  return text + decoder.decode();
}

/** Colour helpers; identity functions when colour is off. */
export interface Style {
  readonly enabled: boolean;
  readonly red: (text: string) => string;
  readonly green: (text: string) => string;
  readonly yellow: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly bold: (text: string) => string;
}

/** Colour only on a terminal, and never when `NO_COLOR` is set to a non-empty value (no-color.org). */
export function styleFor(output: CliOutput, env: Readonly<Record<string, string | undefined>>): Style {
  const enabled = output.isTTY === true && !env.NO_COLOR;
  const paint = (open: number, close: number) => (text: string) =>
    enabled ? `\u001b[${open}m${text}\u001b[${close}m` : text;
  return {
    enabled,
    red: paint(31, 39),
    green: paint(32, 39),
    yellow: paint(33, 39),
    dim: paint(2, 22),
    bold: paint(1, 22),
  };
}
