// WCAG contrast of the text/background token pairs the site uses, computed from a theme's token values at build
// time, so a gemeente sees an unreadable combination in its build output, with the names of the two tokens.
import { resolveToken } from "./tokens.ts";
import { contrastPairs, type ContrastPair } from "./contrast-pairs.ts";

type Rgba = [number, number, number, number];

const named: Record<string, Rgba> = { white: [255, 255, 255, 1], black: [0, 0, 0, 1], transparent: [0, 0, 0, 0] };

/** A CSS colour as [r, g, b, alpha]: hex, rgb()/rgba(), hsl()/hsla(), white, black, transparent; null for others. */
export function parseColour(value: string): Rgba | null {
  const v = value.trim().toLowerCase();
  if (named[v]) return named[v];
  const hex = v.match(/^#([0-9a-f]{3,8})$/)?.[1];
  if (hex && [3, 4, 6, 8].includes(hex.length)) {
    const full = hex.length <= 4 ? [...hex].map((c) => c + c).join("") : hex;
    const [r, g, b, a = 255] = full.match(/../g)!.map((h) => parseInt(h, 16));
    return [r!, g!, b!, a / 255];
  }
  const fn = v.match(/^(rgba?|hsla?)\(([^)]*)\)$/);
  if (!fn) return null;
  const parts = fn[2]!.split(/[\s,/]+/).filter(Boolean);
  const alpha = parts[3] === undefined ? 1 : parts[3].endsWith("%") ? parseFloat(parts[3]) / 100 : parseFloat(parts[3]);
  if (fn[1]!.startsWith("rgb")) {
    const [r, g, b] = parts.slice(0, 3).map((p) => (p.endsWith("%") ? (parseFloat(p) * 255) / 100 : parseFloat(p)));
    return [r!, g!, b!, alpha];
  }
  const h = parseFloat(parts[0]!);
  const s = parseFloat(parts[1]!) / 100;
  const l = parseFloat(parts[2]!) / 100;
  const k = (n: number) => (n + h / 30) % 12;
  const f = (n: number) => 255 * (l - s * Math.min(l, 1 - l) * Math.max(-1, Math.min(k(n) - 3, 9 - k(n), 1)));
  return [f(0), f(8), f(4), alpha];
}

function luminance([r, g, b]: Rgba): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** The WCAG contrast ratio of two opaque colours. */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** A colour seen over an opaque background (for a half-transparent token). */
function over(top: Rgba, below: Rgba): Rgba {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i]! * a + below[i]! * (1 - a)).concat(1) as Rgba;
}

export interface TokenLayer {
  tokens: Map<string, string>;
  theme: boolean;
}

export interface ContrastProblem {
  pair: ContrastPair;
  scheme: "licht" | "donker";
  ratio: number;
  /** A side's token, its value, and whether the theme set it (or the site's default filled it in). */
  text: { token: string; value: string; fromTheme: boolean };
  background: { token: string; value: string; fromTheme: boolean };
}

/**
 * Every pair in `contrastPairs` below its WCAG AA minimum, with the values the tokens have in `layers`. A pair whose
 * colours are not plain colours (a keyword such as `inherit`, or a function this check does not read) is skipped.
 */
export function contrastProblems(layers: TokenLayer[], scheme: ContrastProblem["scheme"]): ContrastProblem[] {
  const colour = (token: string) => {
    const { value, fromTheme } = resolveToken(token, layers);
    return value === undefined ? undefined : { token, value, fromTheme, rgba: parseColour(value) };
  };
  const page = colour("--basis-color-default-bg-document");
  const problems: ContrastProblem[] = [];
  for (const pair of contrastPairs) {
    const text = pair.text.map(colour).find((c) => c !== undefined);
    // The first background token that is set and not see-through is what the text sits on.
    const background = pair.on.map(colour).find((c) => c?.rgba && c.rgba[3] > 0) ?? page;
    if (!text?.rgba || !background?.rgba) continue;
    const base = background.rgba[3] < 1 && page?.rgba ? over(background.rgba, page.rgba) : background.rgba;
    const ratio = contrastRatio(over(text.rgba, base), base);
    if (ratio + 1e-9 < pair.minimum) {
      problems.push({
        pair, scheme, ratio,
        text: { token: text.token, value: text.value, fromTheme: text.fromTheme },
        background: { token: background.token, value: background.value, fromTheme: background.fromTheme },
      });
    }
  }
  return problems;
}

/**
 * A theme that sets a background and leaves the text on it to the site's default can make a pair nobody chose, say a
 * light header colour under the default white header text. Then that text becomes black or white, whichever reads best
 * on the theme's background. Undefined otherwise: a pair the theme set itself is its own choice, and a default
 * background stays (other pairs sit on it too).
 */
export function readableFallback(problem: ContrastProblem): { token: string; value: string } | undefined {
  const { text, background } = problem;
  if (text.fromTheme || !background.fromTheme) return undefined;
  const behind = parseColour(background.value);
  if (!behind) return undefined;
  const black: Rgba = [0, 0, 0, 1];
  const white: Rgba = [255, 255, 255, 1];
  return { token: text.token, value: contrastRatio(black, behind) >= contrastRatio(white, behind) ? "#000000" : "#ffffff" };
}

/** One line per problem, in the words of the build output. */
export function describeProblem(p: ContrastProblem): string {
  const ratio = (Math.floor(p.ratio * 100) / 100).toFixed(2).replace(".", ",");
  const minimum = String(p.pair.minimum).replace(".", ",");
  return `${p.pair.where} (${p.scheme}): ${p.text.token} (${p.text.value}) op ${p.background.token} (${p.background.value}) heeft contrast ${ratio}:1, WCAG AA vraagt ${minimum}:1.`;
}

/** The line for a pair the build made readable itself. */
export function describeFallback(p: ContrastProblem, fallback: { token: string; value: string }): string {
  return `${describeProblem(p)} Het thema zet alleen de achtergrond; ${fallback.token} wordt daarom ${fallback.value}.`;
}
