// The frontmatter contract between authors and code: one zod schema for a module (index.mdx) and one for a step.
// Every message says what is wrong and what to do, because authors read them in the build output.
import { z } from "astro/zod";
import { isoDate, text } from "./schema/fields.ts";
import { changelogList, legalList } from "./schema/legal.ts";
import { workshopNotes } from "./schema/workshop.ts";
import { idPattern } from "./step-id.ts";
import { iconList, iconNames } from "./icons.ts";


/** The short name of a module source that its steps cite: sources[].key in index.mdx, sources in a step. */
const sourceKey = (field: string) =>
  z
    .string({ error: `'${field}' is de korte naam (key) van een bron, bijvoorbeeld: hersteloperatie-routekaart` })
    .regex(idPattern, `'${field}' moet een korte naam zijn: kleine letters, cijfers en streepjes (zoals 'hersteloperatie-routekaart').`);

const stepRef = (field: string) =>
  z
    .string({ error: `'${field}' moet de id van een stap zijn, bijvoorbeeld: ${field}: slot` })
    .regex(idPattern, `'${field}' moet een stap-id zijn: kleine letters, cijfers en streepjes (zoals 'slot').`);

export const moduleSchema = z.object({
  title: text("title", "Dilemma's in de jeugdzorg").describe("De naam van de module, zoals lezers hem zien."),
  summary: text("summary", "Vijf dilemma's tussen gemeente en zorgaanbieder.")
    .pipe(z.string().max(160, "De 'summary' is langer dan 160 tekens. Maak er één korte zin van."))
    .describe("Eén zin die op de homepage onder de titel staat."),
  icon: z
    .enum(iconNames, { error: `Het veld 'icon' moet een van deze pictogrammen zijn: ${iconList}. Bijvoorbeeld: icon: "family"` })
    .describe("Het pictogram van de module, op de homepage, boven de module en op de eerste dia van de presentatie."),
  order: z
    .number({ error: "Het veld 'order' moet een heel getal zijn (1 = eerste module), bijvoorbeeld: order: 2" })
    .int("Het veld 'order' moet een heel getal zijn, bijvoorbeeld: order: 2")
    .positive("Het veld 'order' moet 1 of hoger zijn.")
    .describe("De plaats van de module in de keten: 1 is de eerste."),
  group: z
    .string({ error: "Het veld 'group' moet tekst zijn, bijvoorbeeld: group: \"Beleid per onderwerp\"" })
    .optional()
    .describe("De groep waarin de module op de homepage staat; modules zonder groep staan onder 'Overige modules'."),
  lastChecked: isoDate("lastChecked", "2026-11-27").describe("Wanneer de inhoud voor het laatst is gecontroleerd (laatst gecontroleerd)."),
  reviewBefore: isoDate("reviewBefore", "2027-06-01").describe(
    "Uiterlijk wanneer de inhoud opnieuw gecontroleerd moet worden; daarna toont de pagina een melding.",
  ),
  legal: legalList,
  changelog: changelogList,
  sources: z
    .array(
      z.object({
        key: sourceKey("sources[].key").optional().describe("Een korte naam voor deze bron; een stap noemt hem in zijn eigen 'sources'."),
        title: text("sources[].title", "Jeugdwet"),
        publisher: z.string().optional(),
        url: z.url("Een bron-'url' moet een volledig webadres zijn (https://…). Laat het veld weg als je het niet zeker weet.").optional(),
      }),
      { error: "Het veld 'sources' moet een lijst van bronnen zijn, elk met een 'title'." },
    )
    .min(1, "Noem minstens één bron in 'sources', met een 'title'.")
    .describe("De bronnen waarop de module rust; ze staan onder 'Bronnen en stand van zaken'."),
}).superRefine((module, ctx) => {
  const seen = new Set<string>();
  module.sources.forEach((source, index) => {
    if (!source.key) return;
    if (seen.has(source.key)) {
      ctx.addIssue({ code: "custom", path: ["sources", index, "key"], message: `De key '${source.key}' staat twee keer in 'sources'. Geef elke bron een eigen key.` });
    }
    seen.add(source.key);
  });
}).superRefine((module, ctx) => {
  if (module.reviewBefore.getTime() > module.lastChecked.getTime()) return;
  ctx.addIssue({
    code: "custom",
    path: ["reviewBefore"],
    message: `De datum in 'reviewBefore' (${isoDay(module.reviewBefore)}) ligt niet na 'lastChecked' (${isoDay(module.lastChecked)}). Kies de datum waarop de module opnieuw gecontroleerd moet zijn, na de laatste controle, bijvoorbeeld een half jaar later: reviewBefore: ${isoDay(halfYearAfter(module.lastChecked))}`,
  });
});

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function halfYearAfter(date: Date): Date {
  const later = new Date(date);
  later.setUTCMonth(later.getUTCMonth() + 6);
  return later;
}

export const stepSchema = z.object({
  title: text("title", "Wachtlijsten en krapte").describe("De kop van de stap."),
  question: z.string().optional().describe("Een vraag die onder de kop staat, zoals bij een dilemma."),
  branch: z
    .string()
    .regex(idPattern, "'branch' moet een korte naam zijn: kleine letters en streepjes (zoals 'eenvoudig').")
    .optional()
    .describe("De route (tak) waar deze stap bij hoort, bij een module met een keuze."),
  next: stepRef("next").optional().describe("De stap die na deze stap komt, als dat niet de volgende in de map is."),
  choices: z
    .array(
      z.object({
        label: text("choices[].label", "Eenvoudige aanvraag"),
        goto: stepRef("choices[].goto"),
        description: z.string().optional(),
      }),
    )
    .min(2, "Een keuze heeft minstens twee mogelijkheden in 'choices'.")
    .optional()
    .describe("Een keuze: de lezer kiest waar het verhaal verder gaat."),
  sources: z
    .array(sourceKey("sources[]"), { error: "Het veld 'sources' van een stap is een lijst van keys uit de 'sources' van index.mdx, bijvoorbeeld: sources: [hersteloperatie-routekaart]" })
    .default([])
    .describe("De bronnen waar deze stap op rust: keys uit de 'sources' van de module. Ze staan als 'Bron:' onder de stap."),
  sourceNote: z
    .undefined({ error: "Het veld 'sourceNote' bestaat niet meer. Noem onder 'sources' de bronnen van deze stap, met hun key uit de 'sources' van index.mdx, bijvoorbeeld: sources: [hersteloperatie-routekaart]" })
    .optional()
    .describe("Vervangen door 'sources'."),
  record: z.boolean().default(false).describe("Of de workshopmodus hier vastlegt waar de groep staat."),
  vote: z
    .tuple([z.string().min(1), z.string().min(1), z.string().min(1), z.string().min(1)], {
      error: 'Het veld \'vote\' noemt de vier antwoorden A, B, C en D voor het stemmen met kaarten, bijvoorbeeld: vote: ["Vooral de aanbieder", "Vooral de gemeente", "Allebei", "Weet ik niet"]',
    })
    .optional()
    .describe("Wat de antwoorden A tot en met D betekenen als de zaal met kaarten stemt. Zonder dit veld: de twee kanten van het dilemma, allebei, weet ik niet."),
  legal: legalList,
  duration: z
    .number({ error: "Het veld 'duration' is het aantal minuten voor deze stap in een workshop, als getal zonder aanhalingstekens, bijvoorbeeld: duration: 15" })
    .int("Het veld 'duration' moet een heel aantal minuten zijn, bijvoorbeeld: duration: 15")
    .min(1, "Het veld 'duration' moet 1 minuut of meer zijn. Laat het weg als de stap geen eigen tijd heeft.")
    .max(240, "Het veld 'duration' is meer dan 240 minuten. Schrijf de tijd in minuten, bijvoorbeeld: duration: 15")
    .optional()
    .describe("De tijd in minuten die je in een workshop voor deze stap uittrekt; het begeleidersscherm telt ervan af."),
  workshop: workshopNotes,
});

export const termSchema = z.object({
  term: text("term", "Brede intake").describe("Het begrip zoals lezers het kennen, met hoofdletters waar die horen."),
  aliases: z
    .array(text("aliases", "Wet maatschappelijke ondersteuning"), {
      error: "Het veld 'aliases' moet een lijst van namen zijn, bijvoorbeeld: aliases: [\"Wmo 2015\", \"Wet maatschappelijke ondersteuning\"]",
    })
    .default([])
    .describe("Andere namen voor het begrip: de afkorting, de naam voluit of een synoniem. Zoeken vindt het begrip en de stappen waarin het staat ook onder deze namen, en andersom."),
  abbreviation: z
    .string({ error: "Het veld 'abbreviation' is de afkorting zoals die in de tekst staat, bijvoorbeeld: abbreviation: \"VNG\"" })
    .trim()
    .regex(/^[\p{L}\p{N}]+$/u, "Het veld 'abbreviation' is één woord zonder spaties of punten, bijvoorbeeld: abbreviation: \"VNG\"")
    .optional()
    .describe("De afkorting van dit begrip (VNG, Wmo, azc). Een module schrijft hem de eerste keer voluit of linkt hem met <Begrip>; de build controleert dat."),
  related: z
    .array(z.string().regex(idPattern, "Elk item in 'related' is de id van een ander begrip, zoals 'brede-intake'."))
    .default([])
    .describe("Verwante begrippen (hun ids)."),
});
