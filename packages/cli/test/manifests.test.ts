import { readFileSync } from "node:fs";
import { KNOWN_FAMILIES, knownFamiliesOf, PACKAGE_MANIFESTS, TRIGGER_FAMILIES } from "@contactkit/cli";
import { defineEventFamily } from "@contactkit/core";
import { defineFamilyManifest, defineManifest, type PackageManifest } from "@contactkit/core/manifest";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod";

const cliManifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
  dependencies: Record<string, string>;
};

/** A family of one event type, `ping`, named `family` of `vendor`. */
function familyOf(vendor: string, family: string) {
  return defineEventFamily({
    vendor,
    family,
    discriminator: "kind",
    schemas: { ping: z.object({ kind: z.literal("ping") }) },
  });
}

describe("the CLI's families come from the vendor packages' manifests", () => {
  it("lists the manifest of every @contactkit dependency that has one", async () => {
    const withManifest: string[] = [];
    for (const name of Object.keys(cliManifest.dependencies).filter((n) => n.startsWith("@contactkit/"))) {
      const pkg = JSON.parse(
        readFileSync(new URL(`../node_modules/${name}/package.json`, import.meta.url), "utf8"),
      ) as { exports?: Record<string, unknown> };
      if (pkg.exports?.["./manifest"] === undefined) continue;
      // Core's `./manifest` is the manifest type itself; a vendor package's exports its `manifest`.
      const mod = (await import(`${name}/manifest`)) as { manifest?: unknown };
      if (mod.manifest !== undefined) withManifest.push(name);
    }
    expect(withManifest).not.toHaveLength(0);
    expect(PACKAGE_MANIFESTS.map((m) => m.package).sort()).toEqual(withManifest.sort());
  });

  it("knows every family of every manifest once, and triggers exactly the inbound ones with a test kit", () => {
    const declared = PACKAGE_MANIFESTS.flatMap((m) => m.families.map((f) => f.family));
    expect(KNOWN_FAMILIES.map((k) => k.family)).toHaveLength(declared.length);
    expect(new Set(KNOWN_FAMILIES.map((k) => k.family))).toEqual(new Set(declared));
    const inbound = PACKAGE_MANIFESTS.flatMap((m) => m.families).filter((f) => f.direction !== "outbound" && f.testing);
    expect(new Set(TRIGGER_FAMILIES.map((k) => k.family))).toEqual(new Set(inbound.map((f) => f.family)));
    for (const known of KNOWN_FAMILIES) {
      const entry = PACKAGE_MANIFESTS.flatMap((m) => m.families).find((f) => f.family === known.family);
      expect(known.alwaysStrict).toBe(entry?.direction === "outbound");
    }
  });

  it("orders families by their detection order (default 50), ties by vendor/family", () => {
    const entry = fc.record({
      vendor: fc.constantFrom("acme", "globex", "initech"),
      family: fc.stringMatching(/^[a-z]{1,6}$/),
      order: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(entry, { selector: (e) => `${e.vendor}/${e.family}`, maxLength: 8 }), (entries) => {
        const manifest: PackageManifest = defineManifest({
          package: "@contactkit/acme",
          families: entries.map((e) =>
            defineFamilyManifest({
              family: familyOf(e.vendor, e.family),
              description: e.family,
              vendorDocs: "https://example.com/",
              ...(e.order === undefined ? {} : { detection: { order: e.order } }),
            }),
          ),
        });
        const known = knownFamiliesOf([manifest]);
        const keys = known.map((k) => {
          const e = entries.find((x) => x.vendor === k.family.vendor && x.family === k.family.family);
          return { order: e?.order ?? 50, name: `${k.family.vendor}/${k.family.family}` };
        });
        for (const [i, key] of keys.entries()) {
          const next = keys[i + 1];
          if (!next) continue;
          expect(key.order < next.order || (key.order === next.order && key.name.localeCompare(next.name) <= 0)).toBe(
            true,
          );
        }
        expect(known).toHaveLength(entries.length);
      }),
    );
  });
});
