// The report of a workshop session, for print (/workshop/verslag/) and as Markdown: the day, place and participants,
// the programme with its times, then per step what was recorded (its question, a link, where the groups stand, the
// card votes with shares, the notes with their line breaks, the afspraken), and all afspraken in one list. Only what
// was recorded is written: nothing stands in for a position, vote or afspraak that was not.
import { formatDate } from "../i18n/nl.ts";
import { nlWorkshop } from "../i18n/nl-workshop.ts";
import { nlVotes } from "../i18n/nl-votes.ts";
import { votesMarkdown } from "./card-vote.ts";
import { spans, timeSpan } from "./run-sheet.ts";
import { dayOf } from "./workshop-record/edits.ts";
import { recordKey, type Afspraak, type GroupPosition, type Position, type WorkshopRecord, type WorkshopSession } from "./workshop-record/schema.ts";

/** A record counts when something was filled in; an opened but untouched dilemma stays out of the report. */
export function hasContent(r: WorkshopRecord): boolean {
  return r.notes.trim() !== "" || r.afspraken.some((a) => a.text.trim() !== "") || r.positions.some((p) => p.value !== null) || (r.votes?.length ?? 0) > 0;
}

export interface ReportSection {
  moduleId: string;
  moduleTitle: string;
  records: WorkshopRecord[];
}

/**
 * The dilemmas in report order. With a programme (record keys "module/step" in the order of the workshop) they
 * follow it, one section per run of the same module; otherwise modules in the order first recorded, dilemmas by step.
 */
export function handoutSections(session: WorkshopSession, programme: string[] = session.programme ?? []): ReportSection[] {
  const records = Object.values(session.records).filter(hasContent);
  const firstSeen = [...new Set(records.map((r) => r.dilemma.moduleId))];
  const rank = (r: WorkshopRecord): [number, number, number] => {
    const inProgramme = programme.indexOf(recordKey(r.dilemma));
    return inProgramme === -1 ? [1, firstSeen.indexOf(r.dilemma.moduleId), r.dilemma.number] : [0, inProgramme, 0];
  };
  const sorted = records.map((r) => ({ r, k: rank(r) })).sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || a.k[2] - b.k[2]);
  const sections: ReportSection[] = [];
  for (const { r } of sorted) {
    const last = sections.at(-1);
    if (last?.moduleId === r.dilemma.moduleId) last.records.push(r);
    else
      sections.push({
        moduleId: r.dilemma.moduleId,
        moduleTitle: r.dilemma.moduleTitle,
        records: [r],
      });
  }
  return sections;
}

/** Every afspraak with text, in report order, with the dilemma it belongs to. */
export function allAfspraken(sections: ReportSection[]): { afspraak: Afspraak; dilemma: string }[] {
  return sections.flatMap((s) =>
    s.records.flatMap((r) => r.afspraken.filter((a) => a.text.trim()).map((afspraak) => ({ afspraak, dilemma: r.dilemma.title }))),
  );
}

/** "Neigt naar Gemeente (4 van 5)". */
export function describePosition(value: Position, perspectives: [string, string]): string {
  return `${nlWorkshop.scale(...perspectives)[value - 1]} (${nlWorkshop.positionOf(value)})`;
}

/** The groups that took a position, with a name for each ("groep 2" when none was typed). */
export function chosenPositions(record: WorkshopRecord): { name: string; value: Position }[] {
  return record.positions.flatMap((p: GroupPosition, i) => (p.value === null ? [] : [{ name: p.group.trim() || nlWorkshop.unnamedGroup(i + 1), value: p.value }]));
}

/** The day of the session: as the facilitator set it, else the day it was started. */
export function sessionDay(session: Pick<WorkshopSession, "date" | "createdAt">): string {
  return session.date || dayOf(new Date(session.createdAt));
}

/** Date, place and participants as label and value; place and participants only when filled in. */
export function reportFacts(session: WorkshopSession): { label: string; value: string }[] {
  const w = nlWorkshop;
  const facts: { label: string; value: string }[] = [{ label: w.reportDate, value: formatDue(sessionDay(session)) }];
  if (session.place?.trim()) facts.push({ label: w.reportPlace, value: session.place.trim() });
  if (session.participants?.trim()) facts.push({ label: w.reportParticipants, value: session.participants.trim() });
  return facts;
}

export interface AgendaRow {
  time: string;
  title: string;
  module?: string;
  minutes?: number;
  key?: string;
}

/** The programme of the session with clock times ("13:30–13:45"), or [] when it followed none with an agenda. */
export function agendaRows(session: Pick<WorkshopSession, "agenda">): AgendaRow[] {
  const agenda = session.agenda;
  if (!agenda) return [];
  const times = spans(agenda.items.map((i) => i.minutes));
  return agenda.items.map((item, i) => ({ ...item, time: timeSpan(agenda.start, times[i]!) }));
}

/** Record key → the time of its step in the programme (its first place). */
export function recordTimes(session: Pick<WorkshopSession, "agenda">): Map<string, string> {
  const times = new Map<string, string>();
  for (const row of agendaRows(session)) if (row.key && !times.has(row.key)) times.set(row.key, row.time);
  return times;
}

/** "1 april 2027" for "2027-04-01"; "" stays "". */
export function formatDue(due: string): string {
  return due ? formatDate(new Date(`${due}T00:00:00Z`)) : "";
}

export const afspraakMeta = (a: Afspraak): string => nlWorkshop.ownerDue(a.owner.trim(), formatDue(a.due));

/** Notes as paragraphs of lines: blank lines part paragraphs, single line breaks stay line breaks. */
export function noteParagraphs(notes: string): string[][] {
  const text = notes.replace(/\r\n?/g, "\n").trim();
  return text ? text.split(/\n\s*\n/).map((p) => p.split("\n").map((line) => line.trim())) : [];
}

/**
 * Escapes only what Markdown would otherwise change: a heading, list, quote or rule at the start of a line,
 * emphasis, code, links, HTML tags and entities. Plain text ("a < b", "5 * 3", "ja | nee", "snake_case") stays as typed.
 */
export function escapeMarkdown(text: string): string {
  const backticks = (text.match(/`/g) ?? []).length;
  return text
    .replace(/\\(?=[!-/:-@[-`{-~])/g, "\\\\")
    .replace(/\*(?=\S)|(?<=\S)\*/g, "\\*")
    .replace(/(?<![\p{L}\p{N}])_(?=\S)|(?<=\S)_(?![\p{L}\p{N}])/gu, "\\_")
    .replace(/`/g, (c) => (backticks > 1 ? `\\${c}` : c))
    .replace(/\[(?=[^\]]*\])/g, "\\[")
    .replace(/<(?=[A-Za-z/!?])/g, "\\<")
    .replace(/&(?=#?\w+;)/g, "\\&")
    .replace(/~(?=~)|(?<=~)~/g, "\\~")
    .replace(/^(\s*)(#{1,6})(?=\s|$)/gm, "$1\\$2")
    .replace(/^(\s*)([>])/gm, "$1\\$2")
    .replace(/^(\s*)([-+=*])(?=\s|[-=]*\s*$)/gm, "$1\\$2")
    .replace(/^(\s*\d+)([.)])(?=\s)/gm, "$1\\$2");
}

const inline = (text: string) => escapeMarkdown(text.replace(/\s*\n\s*/g, " ").trim());
const cell = (text: string) => inline(text).replace(/\|/g, "\\|");

export function toMarkdown(session: WorkshopSession): string {
  const w = nlWorkshop;
  const out: string[] = [`# ${inline(session.name)}`, "", reportFacts(session).map((f) => `${f.label}: ${inline(f.value)}`).join("  \n")];
  const agenda = agendaRows(session);
  if (agenda.length > 0) {
    out.push("", `## ${w.reportProgramme}`, "", `| ${w.reportTime} | ${w.reportItem} | ${w.reportMinutes} |`, "| --- | --- | ---: |");
    for (const row of agenda) out.push(`| ${row.time} | ${cell(row.module ? `${row.title} (${row.module})` : row.title)} | ${row.minutes ?? ""} |`);
  }
  const sections = handoutSections(session);
  const times = recordTimes(session);
  if (sections.length === 0) out.push("", w.nothingRecorded);
  for (const section of sections) {
    out.push("", `## ${inline(section.moduleTitle)}`);
    for (const record of section.records) {
      const { dilemma } = record;
      out.push("", `### ${inline(dilemma.title)}`);
      const time = times.get(recordKey(dilemma));
      const facts = [
        ...(time ? [`${w.reportTime}: ${time}`] : []),
        ...(dilemma.question ? [`${w.reportQuestion}: ${inline(dilemma.question)}`] : []),
        ...(dilemma.url ? [`${w.reportLink}: <${dilemma.url}>`] : []),
      ];
      if (facts.length > 0) out.push("", facts.join("  \n"));
      const positions = chosenPositions(record);
      if (positions.length > 0 && dilemma.perspectives) {
        out.push("", `#### ${w.positionHeading}`, "", escapeMarkdown(w.reportScale(...dilemma.perspectives)), "");
        for (const p of positions) out.push(`- ${inline(p.name)}: ${escapeMarkdown(describePosition(p.value, dilemma.perspectives))}`);
      }
      if (record.votes?.length) out.push("", `#### ${nlVotes.votesHeading}`, "", ...votesMarkdown(record.votes, { ...nlVotes, dilemma: nlVotes.roundDilemma }, escapeMarkdown));
      const paragraphs = noteParagraphs(record.notes);
      // Two spaces at the end of a line are Markdown's line break; they read as nothing in plain text.
      if (paragraphs.length > 0) out.push("", `#### ${w.notes}`, "", paragraphs.map((lines) => lines.map(escapeMarkdown).join("  \n")).join("\n\n"));
      const afspraken = record.afspraken.filter((a) => a.text.trim());
      if (afspraken.length > 0) out.push("", `#### ${w.afspraken}`, "");
      for (const [i, a] of afspraken.entries()) out.push(`${i + 1}. ${inline(a.text)}${afspraakMeta(a) ? ` (${escapeMarkdown(afspraakMeta(a))})` : ""}`);
    }
  }
  const all = allAfspraken(sections);
  if (all.length > 0) {
    out.push("", `## ${w.allAfspraken}`, "");
    for (const [i, { afspraak, dilemma }] of all.entries()) {
      const meta = [afspraakMeta(afspraak), w.fromDilemma(dilemma)].filter(Boolean).join("; ");
      out.push(`${i + 1}. ${inline(afspraak.text)} (${escapeMarkdown(meta)})`);
    }
  }
  out.push("", `${w.savedWith} ${w.updated(formatDate(new Date(session.updatedAt)))}`);
  return `${out.join("\n")}\n`;
}
