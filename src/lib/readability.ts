// Flesch-Douma reading ease for Dutch text. A browser test (tests/e2e/modules.test.ts) scores every module page as
// a reader sees it, source lines included, against minimumReadingEase.

/** The lowest score a module page may have: B1, plain enough for every reader of the site. */
export const minimumReadingEase = 60;

/** Dutch syllables by vowel groups; a diaeresis (ë, ï) starts a new syllable. */
export function countSyllables(word: string): number {
  const groups = word.toLowerCase().match(/[aeiouyáéíóú]+|[ëïöü]/g);
  return Math.max(1, groups?.length ?? 0);
}

export interface ReadabilityScore {
  words: number;
  sentences: number;
  syllables: number;
  score: number;
}

/** Flesch-Douma: 206.84 − 0.77 × syllables per 100 words − 0.93 × words per sentence. */
export function fleschDouma(text: string): ReadabilityScore {
  // Headings and list items are lines without a full stop: count each line break as a sentence end too.
  const sentences = text
    .split(/[.!?;:]+(?:\s|$)|\n+/)
    .map((s) => s.trim())
    .filter((s) => /[a-zA-Z]/.test(s));
  const words = sentences.flatMap((s) => s.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? []);
  const syllables = words.reduce((sum, w) => sum + countSyllables(w), 0);
  const score =
    words.length === 0
      ? 0
      : 206.84 - 0.77 * ((syllables / words.length) * 100) - 0.93 * (words.length / sentences.length);
  return { words: words.length, sentences: sentences.length, syllables, score: Math.round(score * 10) / 10 };
}
