// The icons content can name: a module's `icon` in index.mdx and a <Perspective icon="…">. The drawings are Tabler
// Icons (MIT licence, outline style), inlined at build time by components/Icon.astro; the names are the site's own,
// so content does not depend on the icon set.
export const iconNames = [
  "child", "family", "language", "home", "map", "door", "puzzle", "handshake", "shield",
  "municipality", "care-provider", "resident", "school", "work",
] as const;

export type IconName = (typeof iconNames)[number];

export function isIconName(name: string): name is IconName {
  return (iconNames as readonly string[]).includes(name);
}

/** The names, for messages: "child, family, …". */
export const iconList = iconNames.join(", ");

/** A Tabler SVG file as an inline, decorative icon of `size` px: no class, no empty frame path, hidden from screen readers. */
export function inlineIcon(svg: string, size: number): string {
  return svg
    .replace(/<path stroke="none" d="M0 0h24v24H0z" fill="none"\s*\/>/, "")
    .replace(/\s*class="[^"]*"/, "")
    .replace(/width="24"\s+height="24"/, `width="${size}" height="${size}" aria-hidden="true" focusable="false"`)
    .replace(/\s*\n\s*/g, " ")
    .replace(/>\s+</g, "><")
    .trim();
}
