// Says in plain Dutch what is wrong in an imported session file, from the path the format check stopped at
// ("session.records.jeugdzorg/wachtlijsten.afspraken is geen lijst"): which part, of which dilemma, and what to do.
import { nlWorkshop } from "../../i18n/nl-workshop.ts";

/** Dutch names of the fields of a session file, as a facilitator would call them. */
const fieldNames: Record<string, string> = {
  session: "de sessie",
  id: "een code (id)",
  name: "de naam van de sessie",
  createdAt: "de datum waarop de sessie begon",
  updatedAt: "de datum van de laatste wijziging",
  records: "de vastgelegde dilemma's",
  date: "de datum van de sessie",
  place: "de plaats van de sessie",
  participants: "de deelnemers",
  programme: "het programma",
  agenda: "het programma met tijden",
  items: "de onderdelen van het programma",
  start: "de begintijd",
  minutes: "de minuten van een onderdeel",
  key: "de stap van een onderdeel",
  module: "de module van een onderdeel",
  dilemma: "de gegevens van het dilemma",
  moduleId: "de module van het dilemma",
  moduleTitle: "de naam van de module",
  stepId: "de stap van het dilemma",
  title: "de titel van het dilemma",
  number: "het stapnummer",
  perspectives: "de twee kanten van het dilemma",
  question: "de vraag bij het dilemma",
  url: "de link naar de stap",
  positions: "de posities van de groepen",
  position: "de positie van de groep",
  group: "de naam van een groep",
  value: "een positie",
  notes: "de notities",
  afspraken: "de afspraken",
  text: "de tekst",
  owner: "wie (de eigenaar)",
  due: "de datum",
  votes: "de stemming met kaarten",
  counts: "de stemmen per antwoord",
  answers: "de antwoorden A tot en met D",
  round: "de ronde van de stemming",
};

/** What the value should have been, by the words of the check. */
const expectations: [RegExp, string][] = [
  [/is geen tekst$/, "tekst"],
  [/is geen lijst$/, "een lijst"],
  [/is geen datum$/, "een datum zoals 2027-04-01, of leeg"],
  [/is geen getal$/, "een getal"],
  [/is geen punt van 1 tot 5$/, "een getal van 1 tot 5"],
  [/heeft geen twee kanten$/, "twee namen"],
  [/heeft geen vier aantallen$/, "vier aantallen (voor A, B, C en D)"],
  [/heeft geen vier antwoorden$/, "vier antwoorden"],
];

/** Reads the value at a check path ("session.records.x/y.afspraken[1]") in the parsed file. */
function valueAt(data: unknown, path: string[]): unknown {
  let value = data;
  for (const part of path) value = typeof value === "object" && value !== null ? (value as Record<string, unknown>)[part] : undefined;
  return value;
}

/** Splits "session.records.jeugdzorg/wachtlijsten.afspraken[1].due is geen datum" into its path and its complaint. */
function splitProblem(problem: string): { path: string[]; complaint: string } {
  const at = problem.indexOf(" ");
  const path = problem
    .slice(0, at)
    .replace(/\[(\d+)\]/g, ".$1")
    .split(".");
  return { path, complaint: problem.slice(at + 1) };
}

/** The whole message for a file that does not have the shape of a session, e.g. after a field was renamed. */
export function describeImportProblem(problem: string, file: { session?: unknown }): string {
  const w = nlWorkshop;
  const { path, complaint } = splitProblem(problem);
  const field = [...path].reverse().find((part) => !/^\d+$/.test(part) && part in fieldNames) ?? "session";
  const what = fieldNames[field]!;
  const recordAt = path.indexOf("records");
  const key = recordAt === -1 ? undefined : path[recordAt + 1];
  const title = key ? valueAt(file, [...path.slice(0, recordAt + 2), "dilemma", "title"]) : undefined;
  const where = key ? w.importWhere(typeof title === "string" ? title : key) : "";
  const afspraakAt = path.indexOf("afspraken");
  const index = afspraakAt !== -1 ? path[afspraakAt + 1] : undefined;
  const which = index !== undefined && /^\d+$/.test(index) && field !== "afspraken" ? w.importAfspraak(Number(index) + 1) : "";
  const missing = valueAt(file, path) === undefined;
  const expected = expectations.find(([pattern]) => pattern.test(complaint))?.[1];
  const detail = missing || !expected ? w.importMissing(what, `${which}${where}`) : w.importWrong(what, `${which}${where}`, expected);
  return `${detail} ${w.importFix}`;
}
