#!/usr/bin/env node
// Builds the emulator's web UI into dist/ui/ (index.html, app.js, app.css): the Preact + htm sources of ui/src
// bundled and minified by esbuild, for browsers of the last few years, with no request to any other origin.
// Run by the package build after tsup (which empties dist/), and by the browser tests before they start.
// Files are written to a temporary name and renamed, so a server reading them never sees half a file.
import { copyFile, mkdir, rename, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Builds the UI into `outdir` (default `dist/ui`); resolves with the directory. */
export async function buildEmulatorUi(outdir = join(root, "dist", "ui")) {
  await mkdir(outdir, { recursive: true });
  const suffix = `.${process.pid}.${Date.now()}.tmp`;
  const result = await build({
    entryPoints: [join(root, "ui", "src", "main.ts")],
    bundle: true,
    minify: true,
    format: "iife",
    platform: "browser",
    target: ["es2020", "chrome100", "firefox100", "safari15"],
    legalComments: "none",
    write: false,
    logLevel: "warning",
  });
  const js = result.outputFiles[0];
  if (!js) throw new Error("esbuild produced no output");
  await writeFile(join(outdir, `app.js${suffix}`), js.contents);
  await rename(join(outdir, `app.js${suffix}`), join(outdir, "app.js"));
  for (const [from, to] of [
    ["index.html", "index.html"],
    ["styles.css", "app.css"],
  ]) {
    await copyFile(join(root, "ui", from), join(outdir, `${to}${suffix}`));
    await rename(join(outdir, `${to}${suffix}`), join(outdir, to));
  }
  return outdir;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = await buildEmulatorUi(process.argv[2]);
  console.log(`emulator UI built into ${out}`);
}
