// Flesch-Douma reading ease for Dutch text, and the MDX-to-plain-text step it needs.
// Used by a content test: every module scores at least 55.

/** Strips frontmatter, JSX tags, Markdown syntax and code so that only running text remains. */
export function mdxToPlainText(mdx: string): string {
  return mdx
    .replace(/^---\n[\s\S]*?\n---\n?/, (fm) => frontmatterText(fm))
    .replace(/```[\s\S]*?```/g, " ")
    .replace(/<[^>]+>/g, "\n")
    .replace(/!\[[^\]]*\]\([^)]*\)/g, " ")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/^\s{0,3}(#{1,6}|[-*+]|\d+\.)\s+/gm, "")
    .replace(/[*_`>|]/g, " ");
}

/** Keeps the human-readable frontmatter values (titles, questions, labels), each as a sentence. */
function frontmatterText(frontmatter: string): string {
  const readable = /^\s*-?\s*(title|question|label|description|summary):\s*"?(.*?)"?\s*$/gm;
  const parts: string[] = [];
  for (const match of frontmatter.matchAll(readable)) parts.push(terminate(match[2] ?? ""));
  return parts.join("\n") + "\n";
}

function terminate(line: string): string {
  const trimmed = line.trim();
  return trimmed === "" || /[.?!:]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

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
