// Astro writes the one style rule its islands need (display: contents) as a <style> in the body, before the first
// island. HTML allows <style> only in the head: this moves it there, unchanged (its CSP hash stays valid).

const islandStyle = /<style>astro-island,astro-slot(?:,astro-static-slot)?\{display:contents\}<\/style>/;

/** The page with Astro's island style moved into the head; pages without it come back as they are. */
export function moveIslandStyleToHead(html: string): string {
  const match = islandStyle.exec(html);
  const headEnd = html.indexOf("</head>");
  if (!match || headEnd === -1 || match.index < headEnd) return html;
  const withoutStyle = html.slice(0, match.index) + html.slice(match.index + match[0].length);
  return withoutStyle.slice(0, headEnd) + match[0] + withoutStyle.slice(headEnd);
}
