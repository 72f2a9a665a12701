/** Builds the emulator's web UI into `outdir` (default the package's `dist/ui`); resolves with the directory. */
export function buildEmulatorUi(outdir?: string): Promise<string>;
