// Themes as token sets (src/lib/theme/): reading a package's tokens, following var() to a value, trimming a package
// to what the site reads, dropping unused NLDS component rules and the defaults a theme sets, and the contrast of
// colour pairs.
import postcss from "postcss";
import { describe, expect, it } from "vitest";
import { dropOverriddenDefaults, pruneComponentRules, reachableTokens, readTokens, resolveToken, styleReads, trimThemeCss, unconditionalTokens } from "../../src/lib/theme/tokens.ts";
import { contrastProblems, contrastRatio, parseColour, readableFallback } from "../../src/lib/theme/contrast.ts";

const packageCss = `.x-theme { --x-blauw: #00568b; --basis-color-action-2-color-default: var(--x-blauw); --x-unused: red; /* note */ }
@media (prefers-color-scheme: dark) { .x-theme:not([data-light]) { --x-blauw: #8ecef6; } }
.x-theme .other { --not-root: 1px; }`;

describe("theme tokens", () => {
  it("reads what a package sets on its class, light and dark apart", () => {
    const tokens = readTokens(packageCss, "x-theme");
    expect(Object.fromEntries(tokens.light)).toEqual({ "--x-blauw": "#00568b", "--basis-color-action-2-color-default": "var(--x-blauw)", "--x-unused": "red" });
    expect(Object.fromEntries(tokens.dark)).toEqual({ "--x-blauw": "#8ecef6" });
  });
  it("follows var() through the layers, with fallbacks, and says whether the theme gave the value", () => {
    const theme = { tokens: new Map([["--basis-color-action-2-color-default", "var(--x-blauw)"], ["--x-blauw", "#00568b"]]), theme: true };
    const defaults = { tokens: new Map([["--nl-link-color", "var(--basis-color-action-2-color-default)"], ["--basis-color-default-bg-document", "#fff"], ["--a", "var(--missing, var(--basis-color-default-bg-document))"]]), theme: false };
    expect(resolveToken("--nl-link-color", [theme, defaults])).toEqual({ value: "#00568b", fromTheme: true });
    expect(resolveToken("--a", [theme, defaults])).toEqual({ value: "#fff", fromTheme: false });
    expect(resolveToken("--nope", [theme, defaults]).value).toBeUndefined();
  });
  it("keeps of a package only the root tokens the site's styles reach", () => {
    const site = styleReads(postcss.parse(`a { color: var(--nl-link-color); } :root { --nl-link-color: var(--basis-color-action-2-color-default); }`));
    const keep = reachableTokens(site.properties, [site.custom, readTokens(packageCss, "x-theme").light]);
    expect(trimThemeCss(packageCss, "x-theme", keep).replace(/\s+/g, " ")).toBe(
      ".x-theme { --x-blauw: #00568b; --basis-color-action-2-color-default: var(--x-blauw); } @media (prefers-color-scheme: dark) { .x-theme:not([data-light]) { --x-blauw: #8ecef6; } }",
    );
    // A palette token nobody reads itself is written where it is used.
    expect(trimThemeCss(".x-theme { --x-blauw: #00568b; --basis-color-action-2-color-default: var(--x-blauw); }", "x-theme", keep, new Map([["--x-blauw", "#00568b"]])).replace(/\s+/g, " ")).toBe(
      ".x-theme { --basis-color-action-2-color-default: #00568b; }",
    );
  });
  it("drops component rules for classes the site does not use, but not for a class it only excludes", () => {
    const tree = postcss.parse(`.utrecht-button { --_utrecht-button-pressed-color: var(--utrecht-button-pressed-color); --_utrecht-button-color: var(--utrecht-button-color); color: var(--_utrecht-button-color); }
.utrecht-button--pressed { color: var(--_utrecht-button-pressed-color); }
.utrecht-button:hover:not(.utrecht-button--disabled) { color: red; }
.utrecht-button--primary-action.utrecht-button--danger, .utrecht-button--primary-action { color: blue; }`);
    pruneComponentRules(tree, new Set(["utrecht-button", "utrecht-button--primary-action"]));
    expect(tree.toString().replace(/\s+/g, " ").trim()).toBe(
      ".utrecht-button { --_utrecht-button-color: var(--utrecht-button-color); color: var(--_utrecht-button-color); } .utrecht-button:hover:not(.utrecht-button--disabled) { color: red; } .utrecht-button--primary-action { color: blue; }",
    );
  });
  it("writes the fallback in place of a private property that no rule sets (a hint the site never gives)", () => {
    // Written over several lines, as the packages do.
    const tree = postcss.parse(`.utrecht-button { --_utrecht-button-color: var(
    --_utrecht-button-hint-color,
    var(
      --_utrecht-button-appearance-color,
      var(--utrecht-button-color)
    )
  ); color: var(--_utrecht-button-color); }
.utrecht-button--primary-action { --_utrecht-button-appearance-color: blue; }`);
    pruneComponentRules(tree, new Set(["utrecht-button", "utrecht-button--primary-action"]));
    expect(tree.toString().replace(/\s+/g, " ").trim()).toBe(
      ".utrecht-button { --_utrecht-button-color: var(--_utrecht-button-appearance-color, var(--utrecht-button-color)); color: var(--_utrecht-button-color); } .utrecht-button--primary-action { --_utrecht-button-appearance-color: blue; }",
    );
  });
  it("leaves out a default token that the theme sets on every page, and keeps one it sets only in dark mode or for an attribute", () => {
    const theme = `.x-theme { --nl-link-color: #00568b; } .x-theme[data-light] { --nl-mark-color: black; }
@media screen and (prefers-color-scheme: dark) { .x-theme { --basis-color-default-bg-document: #000; } } :root { --basis-focus-color: #000; }`;
    const defaults = postcss.parse(":where(:root) { --nl-link-color: #154273; --nl-mark-color: #1a1a1a; --basis-color-default-bg-document: #fff; --basis-focus-color: #1a1a1a; }");
    dropOverriddenDefaults(defaults, unconditionalTokens(theme, "x-theme"));
    expect(defaults.toString().replace(/\s+/g, " ").trim()).toBe(":where(:root) { --nl-mark-color: #1a1a1a; --basis-color-default-bg-document: #fff; }");
  });
});

describe("contrast", () => {
  it("reads hex, rgb() and hsl() colours and computes the WCAG ratio", () => {
    expect(parseColour("#fff")).toEqual([255, 255, 255, 1]);
    expect(parseColour("rgb(0 0 0 / 50%)")).toEqual([0, 0, 0, 0.5]);
    expect(parseColour("hsl(0, 0%, 100%)")!.slice(0, 3).map(Math.round)).toEqual([255, 255, 255]);
    expect(parseColour("color-mix(in srgb, red, blue)")).toBeNull();
    expect(contrastRatio(parseColour("#767676")!, parseColour("#ffffff")!)).toBeCloseTo(4.54, 2);
  });
  it("names the pairs below AA, and makes default text readable on a background the theme set", () => {
    const theme = { tokens: new Map([["--basis-color-accent-1-inverse-bg-default", "#ffbf47"], ["--basis-color-default-color-subtle", "#9a9a9a"]]), theme: true };
    const defaults = { tokens: new Map([["--basis-color-accent-1-inverse-color-default", "#ffffff"], ["--basis-color-default-bg-document", "#ffffff"]]), theme: false };
    const problems = contrastProblems([theme, defaults], "licht");
    expect(problems.map((p) => [p.pair.where, p.text.token, p.background.token])).toEqual([
      ["Stille tekst (aantallen, leestijd) op de pagina", "--basis-color-default-color-subtle", "--basis-color-default-bg-document"],
      // No surface colour set at all: the quiet text on a surface is checked against the page.
      ["Stille tekst op een vlak", "--basis-color-default-color-subtle", "--basis-color-default-bg-document"],
      ["Kop van de site", "--basis-color-accent-1-inverse-color-default", "--basis-color-accent-1-inverse-bg-default"],
    ]);
    // The quiet text is the theme's own choice; the header text was the default's, on the theme's light header.
    expect(problems.map(readableFallback)).toEqual([undefined, undefined, { token: "--basis-color-accent-1-inverse-color-default", value: "#000000" }]);
  });
});
