// The colour pairs the site's styles put together: a text (or a line) token and the background it sits on. The
// build checks each against WCAG AA with the theme's values (contrast.ts); keep this list in step with the styles.
export interface ContrastPair {
  /** What the reader sees, in the words of the build output. */
  where: string;
  /** The token of the text or line; the first one the theme or the defaults set counts. */
  text: string[];
  /** The token of the background; the first that is set and not transparent counts, else the page. */
  on: string[];
  /** 4.5 for text, 3 for lines that show a control or focus (WCAG 1.4.3, 1.4.11). */
  minimum: 4.5 | 3;
}

const page = "--basis-color-default-bg-document";
const surface = "--basis-color-default-bg-subtle";

const text = (where: string, token: string | string[], on: string | string[]): ContrastPair => ({
  where, text: [token].flat(), on: [on].flat(), minimum: 4.5,
});
const line = (where: string, token: string | string[], on: string | string[]): ContrastPair => ({
  where, text: [token].flat(), on: [on].flat(), minimum: 3,
});

export const contrastPairs: ContrastPair[] = [
  text("Tekst op de pagina", "--basis-color-default-color-document", page),
  text("Tekst op een vlak (kaart, stappenoverzicht)", "--basis-color-default-color-document", surface),
  text("Tekst op een sterker vlak (label, uitleg bij zoeken)", "--basis-color-default-color-document", "--basis-color-default-bg-default"),
  text("Stille tekst (aantallen, leestijd) op de pagina", "--basis-color-default-color-subtle", page),
  text("Stille tekst op een vlak", "--basis-color-default-color-subtle", surface),
  text("Koppen", "--nl-heading-level-1-color", page),
  text("Koppen op een vlak", "--nl-heading-level-4-color", surface),
  text("Links op de pagina", "--nl-link-color", page),
  text("Links op een vlak (modulekaart)", "--nl-link-color", surface),
  text("Kop van de site", "--basis-color-accent-1-inverse-color-default", "--basis-color-accent-1-inverse-bg-default"),
  text("Naam van de site op papier", "--basis-color-accent-1-color-default", page),
  text("Voet van de site", "--utrecht-page-footer-color", "--utrecht-page-footer-background-color"),
  text("Hoofdknop", "--utrecht-button-primary-action-color", "--utrecht-button-primary-action-background-color"),
  text("Tweede knop", "--utrecht-button-secondary-action-color", "--utrecht-button-secondary-action-background-color"),
  text("Stille knop", "--utrecht-button-subtle-color", "--utrecht-button-subtle-background-color"),
  text("Zoekveld", ["--utrecht-textbox-color", "--utrecht-form-control-color"], ["--utrecht-textbox-background-color", "--utrecht-form-control-background-color"]),
  text("Melding", "--utrecht-alert-warning-color", "--utrecht-alert-warning-background-color"),
  text("Fout of tijd om (workshop)", "--utrecht-alert-error-color", "--utrecht-alert-error-background-color"),
  text("Informatie", "--utrecht-alert-info-color", "--utrecht-alert-info-background-color"),
  text("Gemarkeerd zoekwoord", "--nl-mark-color", "--nl-mark-background-color"),
  text("Link 'Naar de inhoud'", "--nl-skip-link-color", "--nl-skip-link-background-color"),
  line("Rand van een invoerveld", ["--utrecht-textbox-border-color", "--utrecht-form-control-border-color"], page),
  line("Focusrand", "--basis-focus-outline-color", page),
  line("Focusrand in de kop", "--basis-focus-inverse-outline-color", "--basis-color-accent-1-inverse-bg-default"),
];
