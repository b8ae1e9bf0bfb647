// Contrast of non-text things as the browser computes them (WCAG 1.4.11): focus indicators and form field
// borders against the colour behind them.
import type { Locator } from "playwright-core";

/** The contrast ratio of two opaque CSS colours "rgb(r, g, b)", rounded to two decimals. */
export function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r, g, bl] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return Math.floor(((hi! + 0.05) / (lo! + 0.05)) * 100) / 100;
}

/** The colours an element draws (outline and box-shadow, or its border) and the background of the nearest ancestor that has one. */
function colours(element: Locator, part: "focus" | "border"): Promise<{ drawn: string[]; behind: string }> {
  return element.evaluate((el, which) => {
    const style = getComputedStyle(el);
    const drawn: string[] = [];
    if (which === "border") drawn.push(style.borderTopColor);
    else {
      if (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0) drawn.push(style.outlineColor);
      for (const match of style.boxShadow.matchAll(/rgba?\([^)]*\)/g)) drawn.push(match[0]);
    }
    const transparent = (c: string) => c === "transparent" || /rgba\([^)]*,\s*0\)$/.test(c);
    let node = el.parentElement;
    while (node && transparent(getComputedStyle(node).backgroundColor)) node = node.parentElement;
    return { drawn: drawn.filter((c) => !transparent(c)), behind: node ? getComputedStyle(node).backgroundColor : "rgb(255, 255, 255)" };
  }, part);
}

/** The best contrast that any colour of the element's focus indicator reaches against what lies behind it (0: no indicator). */
export async function focusContrast(element: Locator): Promise<number> {
  const { drawn, behind } = await colours(element, "focus");
  return Math.max(0, ...drawn.map((c) => contrast(c, behind)));
}

/** The contrast of a form field's border against what lies behind the field. */
export async function borderContrast(field: Locator): Promise<number> {
  const { drawn, behind } = await colours(field, "border");
  return contrast(drawn[0] ?? behind, behind);
}
