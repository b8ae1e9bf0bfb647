// Design tokens as CSS custom properties: what a stylesheet sets on the page root (light and dark), what the site's
// styles read, and a theme package trimmed to what is read. A theme package sets hundreds of tokens for components
// this site never shows; the page only carries the ones its styles use.
import postcss, { type Root, type Rule } from "postcss";

/** The custom properties a stylesheet sets on the page root, for the light and the dark colour scheme. */
export interface TokenSet {
  light: Map<string, string>;
  dark: Map<string, string>;
}

const darkMedia = /prefers-color-scheme:\s*dark/;

/** `:root`, `html` or the theme's class, maybe narrowed by attributes or :not() (`:root:not([data-light])`). */
function appliesToRoot(rule: Rule, className: string | undefined): boolean {
  const root = [":where\\(:root\\)", ":root", "html", ...(className ? [`\\.${className}`] : [])].join("|");
  const pattern = new RegExp(`^(?:${root})(?:\\[[^\\]]*\\]|:not\\([^)]*\\))*$`);
  return rule.selectors.some((s) => pattern.test(s.trim()));
}

function inDarkMedia(rule: Rule): boolean {
  for (let node = rule.parent; node && node.type !== "root"; node = node.parent) {
    if (node.type === "atrule" && (node as postcss.AtRule).name === "media" && darkMedia.test((node as postcss.AtRule).params)) return true;
  }
  return false;
}

/** Reads the tokens a stylesheet sets on the root element (`:root`, `html`, or the theme's class). */
export function readTokens(css: string, className?: string): TokenSet {
  const set: TokenSet = { light: new Map(), dark: new Map() };
  postcss.parse(css).walkRules((rule) => {
    if (!appliesToRoot(rule, className)) return;
    const target = inDarkMedia(rule) ? set.dark : set.light;
    rule.walkDecls(/^--/, (decl) => void target.set(decl.prop, decl.value.replace(/\/\*.*?\*\//g, "").trim()));
  });
  return set;
}

/** Every custom property a piece of CSS (or a token's value) reads with var(). */
export function referencedTokens(css: string): Set<string> {
  return new Set([...css.matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => m[1]!));
}

/** What a stylesheet reads: the tokens its properties use (color: var(--x)), and the custom properties it sets
 *  anywhere (a component's private --_x: var(--y)), through which one token leads to others. */
export interface StyleReads {
  properties: Set<string>;
  custom: Map<string, string>;
}

export function styleReads(tree: Root): StyleReads {
  const reads: StyleReads = { properties: new Set(), custom: new Map() };
  tree.walkDecls((decl) => {
    if (decl.prop.startsWith("--")) reads.custom.set(decl.prop, `${reads.custom.get(decl.prop) ?? ""} ${decl.value}`);
    else for (const name of referencedTokens(decl.value)) reads.properties.add(name);
  });
  return reads;
}

/** The tokens reachable from `read`, following the values of `declarations` (token sets from anywhere). */
export function reachableTokens(read: Iterable<string>, declarations: Map<string, string>[]): Set<string> {
  const reached = new Set<string>();
  const queue = [...read];
  while (queue.length > 0) {
    const name = queue.pop()!;
    if (reached.has(name)) continue;
    reached.add(name);
    for (const map of declarations) {
      const value = map.get(name);
      if (value) queue.push(...referencedTokens(value));
    }
  }
  return reached;
}

/**
 * The theme package's rules for the root element, with only the declarations in `keep`; nothing else of it. Tokens in
 * `inline` (a palette the site never reads itself, such as --voorbeeld-kleuren-blauw-500) are written into the
 * tokens that use them instead of being sent as tokens of their own.
 */
export function trimThemeCss(css: string, className: string, keep: Set<string>, inline = new Map<string, string>()): string {
  const root: Root = postcss.parse(css);
  root.walkComments((comment) => void comment.remove());
  root.walkRules((rule) => {
    if (!appliesToRoot(rule, className)) return void rule.remove();
    rule.walkDecls((decl) => {
      if (!decl.prop.startsWith("--") || !keep.has(decl.prop) || inline.has(decl.prop)) decl.remove();
      else decl.value = decl.value.replace(/\/\*.*?\*\//g, "").replace(/var\(\s*(--[\w-]+)\s*\)/g, (ref, name: string) => inline.get(name) ?? ref).trim();
    });
    if (!rule.nodes.length) rule.remove();
  });
  root.walkAtRules((at) => void (at.nodes?.length === 0 && at.remove()));
  return root.toString().replace(/\n\s*\n/g, "\n").trim();
}

/** Where a token's value came from: the theme, or the site's defaults because the theme left it open. */
export interface Resolved {
  value: string | undefined;
  fromTheme: boolean;
}

/**
 * A token's value with every var() replaced, looked up in `layers` (the first that sets a token wins, as the
 * cascade does on <html>). `fromTheme` is true when any step of the way came from a layer marked as the theme's.
 */
export function resolveToken(name: string, layers: { tokens: Map<string, string>; theme: boolean }[], seen = new Set<string>()): Resolved {
  if (seen.has(name)) return { value: undefined, fromTheme: false };
  const layer = layers.find((l) => l.tokens.has(name));
  if (!layer) return { value: undefined, fromTheme: false };
  let fromTheme = layer.theme;
  const lookup = (ref: string, fallback: string | undefined): string | undefined => {
    const inner = resolveToken(ref, layers, new Set([...seen, name]));
    fromTheme ||= inner.fromTheme;
    return inner.value ?? (fallback === undefined ? undefined : substitute(fallback, lookup));
  };
  const value = substitute(layer.tokens.get(name)!, lookup);
  return { value, fromTheme };
}

/** The index of the ")" that closes the "(" at `open`. */
function closingParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "(") depth++;
    else if (text[i] === ")" && --depth === 0) return i;
  }
  return text.length;
}

/** Replaces each var(--name, fallback) in `value` (nested ones too); undefined when one cannot be resolved. */
function substitute(value: string, lookup: (name: string, fallback: string | undefined) => string | undefined): string | undefined {
  let out = "";
  let at = 0;
  for (;;) {
    const start = value.indexOf("var(", at);
    if (start < 0) return out + value.slice(at);
    const end = closingParen(value, start + 3);
    const inside = value.slice(start + 4, end);
    const comma = inside.indexOf(",");
    const ref = (comma < 0 ? inside : inside.slice(0, comma)).trim();
    const fallback = comma < 0 ? undefined : inside.slice(comma + 1).trim();
    const replaced = lookup(ref, fallback);
    if (replaced === undefined) return undefined;
    out += value.slice(at, start) + replaced;
    at = end + 1;
  }
}

/** Class names of NL Design System components (utrecht-…, nl-…) in a piece of source. */
export function componentClasses(source: string): Set<string> {
  return new Set(source.match(/(?<![\w-])(?:utrecht|nl)-[a-z0-9]+(?:-{1,2}[a-z0-9]+|__[a-z0-9]+)*/g) ?? []);
}

/** A selector without its :not(…) parts: a class the site never uses may well be excluded. */
function withoutNegations(selector: string): string {
  let out = selector;
  for (let at = out.indexOf(":not("); at >= 0; at = out.indexOf(":not(")) out = out.slice(0, at) + out.slice(closingParen(out, at + 4) + 1);
  return out;
}

/**
 * Drops the rules of an NL Design System component stylesheet that only style classes the site never uses (the
 * danger, busy or pressed variants of a button, say). A selector stays when every utrecht-/nl- class in it is used.
 */
export function pruneComponentRules(root: Root, used: Set<string>): void {
  root.walkRules((rule) => {
    const kept = rule.selectors.filter((selector) => [...componentClasses(withoutNegations(selector).replace(/\./g, " ."))].every((c) => used.has(c)));
    if (kept.length === 0) rule.remove();
    else if (kept.length < rule.selectors.length) rule.selectors = kept;
  });
  unsetPrivatesReadFallbacks(root);
  // A component's private properties (--_utrecht-button-pressed-color) that only the dropped rules read go too.
  const reads = styleReads(root);
  const reached = reachableTokens(reads.properties, [reads.custom]);
  root.walkDecls(/^--_/, (decl) => void (reached.has(decl.prop) || decl.remove()));
  root.walkRules((rule) => void (rule.nodes.length === 0 && rule.remove()));
  root.walkAtRules((at) => void (at.nodes?.length === 0 && at.remove()));
}

/** A var() of a private property (--_utrecht-button-hint-color) that no rule of the stylesheet sets any more reads
 *  its fallback, as the browser would: the fallback is written in its place. */
function unsetPrivatesReadFallbacks(root: Root): void {
  const set = new Set<string>();
  root.walkDecls(/^--_/, (decl) => void set.add(decl.prop));
  const rewrite = (value: string): string =>
    substitute(value, (ref, fallback) => {
      if (fallback === undefined) return `var(${ref})`;
      return ref.startsWith("--_") && !set.has(ref) ? rewrite(fallback) : `var(${ref}, ${rewrite(fallback)})`;
    })!;
  root.walkDecls((decl) => void (/var\(\s*--_/.test(decl.value) && (decl.value = rewrite(decl.value))));
}

/** The tokens a theme's stylesheet sets on every page whatever the conditions: in a rule for exactly its class,
 *  :root or html, outside any @media. */
export function unconditionalTokens(css: string, className?: string): Set<string> {
  const selectors = new Set([":root", "html", ...(className ? [`.${className}`] : [])]);
  const tokens = new Set<string>();
  for (const node of postcss.parse(css).nodes) {
    if (node.type === "rule" && node.selectors.every((s) => selectors.has(s.trim()))) node.walkDecls(/^--/, (decl) => void tokens.add(decl.prop));
  }
  return tokens;
}

/** Drops the site's default values (the :where(:root) rules of src/styles/tokens/) of the tokens a theme sets without
 *  condition: the theme's value always wins on <html>, so the default would only be sent, never used. */
export function dropOverriddenDefaults(root: Root, overridden: Set<string>): void {
  root.walkRules((rule) => {
    if (rule.selector !== ":where(:root)") return;
    rule.walkDecls((decl) => void (overridden.has(decl.prop) && decl.remove()));
  });
}
