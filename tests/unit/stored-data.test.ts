import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { siteKeys, storedData, storagePrefix } from "../../src/lib/stored-data.ts";

/** Every string in src/ that is a storage key of this site ("sdu:…"). */
function keysInSource(): string[] {
  const found = new Set<string>();
  for (const entry of readdirSync("src", { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(ts|tsx|astro)$/.test(entry.name)) continue;
    const text = readFileSync(`${entry.parentPath}/${entry.name}`, "utf8");
    for (const match of text.matchAll(/["'`](sdu:[\w:.-]+)["'`]/g)) found.add(match[1]!);
  }
  return [...found];
}

const listed = (key: string) => storedData.some((d) => (d.key.endsWith("*") ? key.startsWith(d.key.slice(0, -1)) : d.key === key));

describe("stored data", () => {
  it("lists every storage key that the code in src/ uses, and the backups of damaged data", () => {
    const keys = keysInSource();
    expect(keys).toContain("sdu:workshop");
    expect(keys.filter((key) => !listed(key))).toEqual([]);
    // Damaged data is kept under "<key>:backup", "<key>:backup-2", … (src/lib/stored-data.ts).
    expect(["sdu:workshop:backup", "sdu:checklists:v1:backup-2"].filter((key) => !listed(key))).toEqual([]);
  });

  it("clears only keys of this site", () => {
    expect(siteKeys(["sdu:workshop", "andere-site", "sdu:checklists:v1:backup-2"])).toEqual(["sdu:workshop", "sdu:checklists:v1:backup-2"]);
    expect(storedData.every((d) => d.key.startsWith(storagePrefix))).toBe(true);
  });
});
