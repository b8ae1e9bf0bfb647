// The other names of a begrip (Wmo ↔ Wet maatschappelijke ondersteuning): where they occur in a text, and which
// names a query stands for. Both the index step and the search code use this.

/** One begrip and all its names: the term first, then its aliases. */
export interface AliasGroup {
  id: string;
  names: string[];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A name as a pattern for whole words; an abbreviation in capitals (PIP, VNG) only matches in capitals. */
export function namePattern(name: string): RegExp {
  const capitals = name.length <= 5 && name === name.toUpperCase();
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(name).replace(/\s+/g, "\\s+")}(?![\\p{L}\\p{N}])`, capitals ? "gu" : "giu");
}

export interface AliasHit {
  group: AliasGroup;
  /** Where the name ends in the text: the other names go right after it. */
  end: number;
  /** The names the text does not already carry. */
  others: string[];
}

/** The groups a text names, once per group, at the first name found. */
export function aliasHits(text: string, groups: AliasGroup[]): AliasHit[] {
  const hits: AliasHit[] = [];
  for (const group of groups) {
    const found = group.names.map((name) => ({ name, match: namePattern(name).exec(text) }));
    const first = found.filter((f) => f.match).sort((a, b) => a.match!.index - b.match!.index)[0];
    if (!first) continue;
    const others = found.filter((f) => !f.match).map((f) => f.name);
    if (others.length > 0) hits.push({ group, end: first.match!.index + first.match![0].length, others });
  }
  return hits;
}

