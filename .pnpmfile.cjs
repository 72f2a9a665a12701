// Published manifests do not carry the `@contactkit/source` export condition: inside the workspace it points
// TypeScript, vitest and tsx at a package's `src/` (see tsconfig.json, vitest.config.ts), but `src/` is not
// published (`files` is `dist`), so a consumer who set that condition would resolve to missing files. pnpm calls
// this hook on the manifest it puts in the tarball (`pnpm pack`, `pnpm publish`); the package.json on disk is
// untouched. https://pnpm.io/pnpmfile#hooksbeforepackingpkg-pkg--promisepkg
const SOURCE_CONDITION = "@contactkit/source";

/** A copy of an `exports` value without the source condition, at any depth. */
function withoutSourceCondition(value) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return value;
  const out = {};
  for (const [key, inner] of Object.entries(value)) {
    if (key !== SOURCE_CONDITION) out[key] = withoutSourceCondition(inner);
  }
  return out;
}

module.exports = {
  hooks: {
    beforePacking(pkg) {
      if (pkg.exports) pkg.exports = withoutSourceCondition(pkg.exports);
      return pkg;
    },
  },
};
