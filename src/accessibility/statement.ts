// What the toegankelijkheidsverklaring takes from the theme (the organisation's own part: status, known issues,
// response time) and the checks a build makes before it publishes one: no status A while the report still has open
// criteria or the statement lists problems, and every known issue complete.
import { openCriteria, type Evaluation } from "./report.ts";
import { criteria } from "./wcag.ts";

export type Status = "A" | "B" | "C" | "D";

/** A part of the site that does not meet WCAG yet, in the fields of the Dutch model statement. */
export interface KnownIssue {
  /** What does not work, in the reader's words. */
  problem: string;
  /** The success criteria it does not meet: ["1.4.10"]. */
  criteria: string[];
  /** Why it does not work. */
  cause: string;
  /** What it means for a visitor, and how they can still get the information. */
  consequence: string;
  /** What the organisation does about it. */
  measure: string;
  /** When the measure is done: JJJJ-MM-DD. */
  plannedDate: string;
}

export interface StatementSettings {
  /** JJJJ-MM-DD */
  date: string;
  status: Status | undefined;
  signedBy: string | undefined;
  /** Within how many working days a visitor who reports a problem gets an answer. */
  responseDays: number;
  knownIssues: KnownIssue[];
}

const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));

/** What keeps this statement from being published, each in words that say what to do; empty when nothing does. */
export function statementProblems(statement: StatementSettings, evaluation: Evaluation): string[] {
  const problems: string[] = [];
  if (statement.status === "A") {
    const open = openCriteria(evaluation);
    if (open.length > 0) {
      const names = open.map((c) => `${c.id} ${c.name} (${c.finding.result === "fail" ? "voldoet niet" : "niet volledig vastgesteld"})`).join(", ");
      problems.push(
        `accessibilityStatement.status is "A" (voldoet volledig), maar het rapport (src/accessibility/findings.ts) noemt ${open.length === 1 ? "een succescriterium" : `${open.length} succescriteria`} dat nog niet voldoet of niet volledig is vastgesteld: ${names}. Kies status "B" (voldoet gedeeltelijk) en noem de problemen in knownIssues, of laat het onderzoek afmaken en werk het rapport bij.`,
      );
    }
    if (statement.knownIssues.length > 0) {
      problems.push(`accessibilityStatement.status is "A" (voldoet volledig), maar knownIssues noemt ${statement.knownIssues.length === 1 ? "een probleem" : `${statement.knownIssues.length} problemen`}. Een website met bekende problemen heeft status "B" of lager.`);
    }
  }
  statement.knownIssues.forEach((issue, i) => {
    const field = `accessibilityStatement.knownIssues[${i}]`;
    for (const key of ["problem", "cause", "consequence", "measure"] as const) {
      if (!issue[key]?.trim()) problems.push(`${field}.${key} is leeg. Vul in: wat werkt niet (problem), waarom (cause), wat het betekent voor een bezoeker (consequence) en wat jullie eraan doen (measure).`);
    }
    const unknown = issue.criteria.filter((id) => !criteria.some((c) => c.id === id));
    if (issue.criteria.length === 0 || unknown.length > 0) {
      problems.push(`${field}.criteria is [${issue.criteria.join(", ")}]. Noem de succescriteria van WCAG 2.2 (A of AA) waar het probleem niet aan voldoet, bijvoorbeeld ["1.4.10"].`);
    }
    if (!isDate(issue.plannedDate)) problems.push(`${field}.plannedDate is '${issue.plannedDate}'. Schrijf de datum waarop de maatregel klaar is als JJJJ-MM-DD, bijvoorbeeld 2027-03-01.`);
  });
  if (!Number.isInteger(statement.responseDays) || statement.responseDays < 1) {
    problems.push(`accessibilityStatement.responseDays is ${statement.responseDays}. Zet er het aantal werkdagen in waarbinnen iemand die een probleem meldt antwoord krijgt, bijvoorbeeld 5.`);
  }
  return problems;
}
