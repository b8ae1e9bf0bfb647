// The report of a workshop session, for print (/workshop/verslag/) and as Markdown: per dilemma its question, a link
// to the step, where the group stands, the notes (line breaks kept) and the afspraken; then all afspraken in one list.
import { formatDate } from "../i18n/nl.ts";
import { nlWorkshop } from "../i18n/nl-workshop.ts";
import { nlVotes } from "../i18n/nl-votes.ts";
import { votesMarkdown } from "./card-vote.ts";
import { recordKey, type Afspraak, type Position, type WorkshopRecord, type WorkshopSession } from "./workshop-record/schema.ts";

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

/** "Neigt naar Gemeente (4 van 5)", or "Nog niet gekozen". */
export function describePosition(value: Position | null, perspectives: [string, string]): string {
  if (value === null) return nlWorkshop.noPosition;
  return `${nlWorkshop.scale(...perspectives)[value - 1]} (${nlWorkshop.positionOf(value)})`;
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

export function toMarkdown(session: WorkshopSession): string {
  const w = nlWorkshop;
  const out: string[] = [`# ${inline(session.name)}`, "", `${w.savedWith} ${w.updated(formatDate(new Date(session.updatedAt)))}`];
  const sections = handoutSections(session);
  if (sections.length === 0) out.push("", w.nothingRecorded);
  for (const section of sections) {
    out.push("", `## ${inline(section.moduleTitle)}`);
    for (const record of section.records) {
      const { dilemma } = record;
      const [left, right] = dilemma.perspectives;
      out.push("", `### ${inline(dilemma.title)}`);
      if (dilemma.question || dilemma.url) out.push("");
      if (dilemma.question) out.push(`${w.reportQuestion}: ${inline(dilemma.question)}${dilemma.url ? "  " : ""}`);
      if (dilemma.url) out.push(`${w.reportLink}: <${dilemma.url}>`);
      out.push("", `**${w.positionHeading}** (${inline(left)} … ${inline(right)})`, "");
      for (const [i, p] of record.positions.entries()) {
        const name = p.group.trim() || w.unnamedGroup(i + 1);
        out.push(`- ${inline(name)}: ${escapeMarkdown(describePosition(p.value, dilemma.perspectives))}`);
      }
      if (record.votes?.length) out.push("", `**${nlVotes.votesHeading}**`, "", ...votesMarkdown(record.votes, { dilemma: nlVotes.roundDilemma, answer: nlVotes.answer, total: nlVotes.total, moment: nlVotes.moment, ofExpected: nlVotes.ofExpected }, escapeMarkdown));
      const paragraphs = noteParagraphs(record.notes);
      // Two spaces at the end of a line are Markdown's line break; they read as nothing in plain text.
      if (paragraphs.length > 0) out.push("", `**${w.notes}**`, "", paragraphs.map((lines) => lines.map(escapeMarkdown).join("  \n")).join("\n\n"));
      const afspraken = record.afspraken.filter((a) => a.text.trim());
      out.push("", `**${w.afspraken}**`, "");
      if (afspraken.length === 0) out.push(w.noAfspraken);
      for (const [i, a] of afspraken.entries()) out.push(`${i + 1}. ${inline(a.text)}${afspraakMeta(a) ? ` (${escapeMarkdown(afspraakMeta(a))})` : ""}`);
    }
  }
  const all = allAfspraken(sections);
  if (all.length > 0) {
    out.push("", `## ${w.allAfspraken}`, "");
    for (const [i, { afspraak, dilemma }] of all.entries()) {
      const meta = [afspraakMeta(afspraak) || w.noOwnerDue, w.fromDilemma(dilemma)].join("; ");
      out.push(`${i + 1}. ${inline(afspraak.text)} (${escapeMarkdown(meta)})`);
    }
  }
  return `${out.join("\n")}\n`;
}
