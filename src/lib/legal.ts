// Links to the legal basis of a module: wetten.overheid.nl addresses built from a law's BWB id and article.
import { bwbPattern } from "./schema/legal.ts";

const wetten = "https://wetten.overheid.nl/";

/**
 * The page of a law on wetten.overheid.nl, or of one article in it. An article link uses the Juriconnect
 * reference (jci1.3:c:<BWB id>&artikel=<nummer>), which wetten.overheid.nl resolves to the version in force today.
 */
export function lawUrl(bwb: string, article?: string): string {
  if (!bwbPattern.test(bwb)) throw new Error(`'${bwb}' is geen geldig BWB-id (BWBR of BWBV en zeven cijfers).`);
  return article ? `${wetten}jci1.3:c:${bwb}&artikel=${encodeURIComponent(article).replace(/%3A/g, ":")}` : `${wetten}${bwb}`;
}
