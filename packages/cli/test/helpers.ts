import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { type CliIo, runCli } from "@contactkit/cli";

/** The repository's `packages/` folder: other packages' fixtures are read from their `test/fixtures/`. */
export const packagesDir = fileURLToPath(new URL("../../", import.meta.url));
/** This package's fixtures. */
export const fixturesDir = fileURLToPath(new URL("./fixtures/", import.meta.url));

/** A fixture of another package: `fixture("mluvii-webhooks", "docs-webhooks/SessionCreated.json")`. */
export const fixture = (pkg: string, path: string): string => `${packagesDir}${pkg}/test/fixtures/${path}`;
/** A fixture of this package. */
export const own = (path: string): string => `${fixturesDir}${path}`;

/** What a CLI run printed and returned. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Options of {@link run}. */
export interface RunOptions {
  stdin?: string;
  env?: Record<string, string>;
  tty?: boolean;
  signal?: AbortSignal;
  /** Called with everything written to stdout so far, after each write. */
  onStdout?: (soFar: string) => void;
}

/** Runs the CLI in-process, capturing stdout and stderr. */
export async function run(argv: string[], options: RunOptions = {}): Promise<CliRun> {
  const out = { stdout: "", stderr: "" };
  const stdin = Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]);
  const io: CliIo = {
    stdin,
    stdout: {
      isTTY: options.tty === true,
      write: (chunk: string) => {
        out.stdout += chunk;
        options.onStdout?.(out.stdout);
      },
    },
    stderr: { isTTY: options.tty === true, write: (chunk: string) => (out.stderr += chunk) },
    env: options.env ?? {},
    cwd: packagesDir,
    version: "9.9.9-test",
    ...(options.signal ? { signal: options.signal } : {}),
  };
  const code = await runCli(argv, io);
  return { code, ...out };
}

/** Parses `--json` output: one object per line. */
export const jsonLines = (stdout: string): unknown[] =>
  stdout
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line) as unknown);
