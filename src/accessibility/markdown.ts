// The evaluation report as Markdown, for docs/toegankelijkheid.md beside the source: the same content and headings as
// the report page, from the same evaluation. A unit test keeps the committed file equal to this output.
import { formatDate } from "../i18n/nl.ts";
import { nlStatements } from "../i18n/nl-statements.ts";
import { principles } from "./wcag.ts";
import { checkedOn, criterionResults, type Evaluation, type Finding } from "./report.ts";

const t = nlStatements.report;

/** A table cell: one line, no column breaks. */
const cell = (text: string) => text.replaceAll("|", "\\|").replace(/\s*\n\s*/g, " ");

const day = (iso: string) => formatDate(new Date(`${iso}T12:00:00Z`));

/** Where a finding was checked, in words: the pages of the sample, or the whole sample. */
export function checkedOnText(evaluation: Evaluation, finding: Finding): string {
  const items = checkedOn(evaluation, finding);
  return items.length === evaluation.sample.length ? t.wholeSample : items.map((item) => item.page).join("; ");
}

/** Counts per result, in the order of the result names: "Voldoet: 50 · Voldoet niet: 0 · …". */
export function resultCounts(evaluation: Evaluation): string {
  const rows = criterionResults(evaluation);
  return (Object.keys(t.results) as (keyof typeof t.results)[]).map((result) => `${t.results[result]}: ${rows.filter((r) => r.finding.result === result).length}`).join(" · ");
}

export function evaluationMarkdown(evaluation: Evaluation): string {
  const rows = criterionResults(evaluation);
  const lines: string[] = [
    `<!-- Gemaakt met npm run docs:toegankelijkheid uit src/accessibility/evaluation.ts. Pas het daar aan, niet hier. -->`,
    `# ${evaluation.title}`,
    "",
    t.intro,
    "",
    `## ${t.summaryHeading}`,
    "",
    `- **${t.date}:** ${day(evaluation.date)}`,
    `- **${t.evaluator}:** ${evaluation.evaluator}`,
    `- **${t.target}:** ${evaluation.target}`,
    `- **${t.counts}:** ${resultCounts(evaluation)}`,
    "",
    `## ${t.scopeHeading}`,
    "",
    ...evaluation.scope.map((line) => `- ${line}`),
    "",
    `## ${t.sampleHeading}`,
    "",
    `| ${t.pageOrState} | ${t.address} | ${t.states} |`,
    "| --- | --- | --- |",
    ...evaluation.sample.map((item) => `| ${cell(item.page)} | ${item.path === null ? t.noAddress : `\`/${item.path}\``} | ${cell(item.states)} |`),
    "",
    `## ${t.methodHeading}`,
    "",
    ...evaluation.method.map((line) => `- ${line}`),
    "",
    `### ${t.toolsHeading}`,
    "",
    ...evaluation.tools.map((line) => `- ${line}`),
    "",
    `### ${t.manualHeading}`,
    "",
    `| ${t.check} | ${t.how} |`,
    "| --- | --- |",
    ...evaluation.manualChecks.map(({ check, how }) => `| ${cell(check)} | ${cell(how)} |`),
    "",
    `## ${t.resultsHeading}`,
  ];
  for (const principle of principles) {
    lines.push("", `### ${t.principle(principle.number, principle.name)}`, "", `| SC | ${t.result} | ${t.checkedOn} | ${t.how} |`, "| --- | --- | --- | --- |");
    for (const row of rows.filter((r) => r.id.startsWith(`${principle.number}.`))) {
      const how = [row.finding.how, row.finding.note && `**${t.note}:** ${row.finding.note}`, row.onlyWcag21 && t.onlyWcag21].filter(Boolean).join(" ");
      lines.push(`| ${row.id} ${cell(row.name)} (${row.level}) | ${t.results[row.finding.result]} | ${cell(checkedOnText(evaluation, row.finding))} | ${cell(how)} |`);
    }
  }
  lines.push("", `## ${t.fixedHeading}`, "", ...evaluation.fixed.map((line, i) => `${i + 1}. ${line}`));
  lines.push("", `## ${t.notEvaluatedHeading}`, "", ...evaluation.notEvaluated.map((line) => `- ${line}`));
  lines.push("", `## ${t.limitationsHeading}`, "", ...evaluation.limitations.map((line) => `- ${line}`), "");
  return lines.join("\n");
}
