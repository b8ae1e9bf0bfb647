// The success criteria of WCAG 2.2 at level A and AA, with their Dutch names: what the evaluation report must give a
// result for. 4.1.1 Parsen is gone from WCAG 2.2 but still part of WCAG 2.1 and EN 301 549, which Dutch law asks for.

export type Level = "A" | "AA";

export interface Criterion {
  /** "1.4.10" */
  id: string;
  name: string;
  level: Level;
  /** Only in WCAG 2.1 (and EN 301 549): removed from WCAG 2.2. */
  onlyWcag21?: true;
}

export const principles = [
  { number: "1", name: "Waarneembaar" },
  { number: "2", name: "Bedienbaar" },
  { number: "3", name: "Begrijpelijk" },
  { number: "4", name: "Robuust" },
] as const;

const c = (id: string, name: string, level: Level, onlyWcag21?: true): Criterion => ({ id, name, level, ...(onlyWcag21 ? { onlyWcag21 } : {}) });

export const criteria: readonly Criterion[] = [
  c("1.1.1", "Niet-tekstuele content", "A"),
  c("1.2.1", "Alleen audio en alleen video (vooraf opgenomen)", "A"),
  c("1.2.2", "Ondertitels voor doven en slechthorenden (vooraf opgenomen)", "A"),
  c("1.2.3", "Audiodescriptie of media-alternatief (vooraf opgenomen)", "A"),
  c("1.2.4", "Ondertitels voor doven en slechthorenden (live)", "AA"),
  c("1.2.5", "Audiodescriptie (vooraf opgenomen)", "AA"),
  c("1.3.1", "Info en relaties", "A"),
  c("1.3.2", "Betekenisvolle volgorde", "A"),
  c("1.3.3", "Zintuiglijke eigenschappen", "A"),
  c("1.3.4", "Weergavestand", "AA"),
  c("1.3.5", "Doel van invoer bepalen", "AA"),
  c("1.4.1", "Gebruik van kleur", "A"),
  c("1.4.2", "Geluidsbediening", "A"),
  c("1.4.3", "Contrast (minimum)", "AA"),
  c("1.4.4", "Herschalen van tekst", "AA"),
  c("1.4.5", "Afbeeldingen van tekst", "AA"),
  c("1.4.10", "Reflow", "AA"),
  c("1.4.11", "Contrast van niet-tekstuele content", "AA"),
  c("1.4.12", "Tekstafstand", "AA"),
  c("1.4.13", "Content bij hover of focus", "AA"),
  c("2.1.1", "Toetsenbord", "A"),
  c("2.1.2", "Geen toetsenbordval", "A"),
  c("2.1.4", "Enkel-teken sneltoetsen", "A"),
  c("2.2.1", "Timing aanpasbaar", "A"),
  c("2.2.2", "Pauzeren, stoppen, verbergen", "A"),
  c("2.3.1", "Drie flitsen of onder drempel", "A"),
  c("2.4.1", "Blokken omzeilen", "A"),
  c("2.4.2", "Paginatitel", "A"),
  c("2.4.3", "Focusvolgorde", "A"),
  c("2.4.4", "Linkdoel (in context)", "A"),
  c("2.4.5", "Meerdere manieren", "AA"),
  c("2.4.6", "Koppen en labels", "AA"),
  c("2.4.7", "Focus zichtbaar", "AA"),
  c("2.4.11", "Focus niet bedekt (minimum)", "AA"),
  c("2.5.1", "Aanwijzergebaren", "A"),
  c("2.5.2", "Aanwijzerannulering", "A"),
  c("2.5.3", "Label in naam", "A"),
  c("2.5.4", "Bewegingsactivering", "A"),
  c("2.5.7", "Sleepbewegingen", "AA"),
  c("2.5.8", "Grootte van het aanwijsgebied (minimum)", "AA"),
  c("3.1.1", "Taal van de pagina", "A"),
  c("3.1.2", "Taal van onderdelen", "AA"),
  c("3.2.1", "Bij focus", "A"),
  c("3.2.2", "Bij invoer", "A"),
  c("3.2.3", "Consistente navigatie", "AA"),
  c("3.2.4", "Consistente identificatie", "AA"),
  c("3.2.6", "Consistente hulp", "A"),
  c("3.3.1", "Foutidentificatie", "A"),
  c("3.3.2", "Labels of instructies", "A"),
  c("3.3.3", "Foutsuggestie", "AA"),
  c("3.3.4", "Foutpreventie (juridisch, financieel, gegevens)", "AA"),
  c("3.3.7", "Overbodige invoer", "A"),
  c("3.3.8", "Toegankelijke authenticatie (minimum)", "AA"),
  c("4.1.1", "Parsen", "A", true),
  c("4.1.2", "Naam, rol, waarde", "A"),
  c("4.1.3", "Statusberichten", "AA"),
];
