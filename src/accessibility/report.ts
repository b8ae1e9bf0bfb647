// The accessibility evaluation report in the structure of WCAG-EM (scope, sample, method, results per success
// criterion, what was not evaluated): its shape, and what the report page, the Markdown document and the statement
// read from it. The evaluation itself is written once, in evaluation.ts.
import { criteria, type Criterion } from "./wcag.ts";

/** pass: voldoet; fail: voldoet niet; notPresent: niet van toepassing (no such content); cannotTell: not (fully)
 *  established, with the reason in the note. */
export type Result = "pass" | "fail" | "notPresent" | "cannotTell";

/** A page or state of the sample (WCAG-EM step 3). */
export interface SampleItem<Id extends string = string> {
  id: Id;
  /** What it is: "Modulepagina". */
  page: string;
  /** Where it is, from the root of the site ("jeugdzorg/#wachtlijsten"); null when it is not one address. */
  path: string | null;
  /** The states it was checked in: "met en zonder JavaScript; 320 px". */
  states: string;
}

/** The result for one success criterion, and where and how it was established. */
export interface Finding<Id extends string = string> {
  result: Result;
  /** The pages and states of the sample it was checked on. */
  on: readonly Id[];
  /** How: automated browser tests (file and test) and checks by hand. */
  how: string;
  /** With fail or cannotTell: what does not meet the criterion, or what was not checked, and why. */
  note?: string;
}

export interface Evaluation<Id extends string = string> {
  title: string;
  /** JJJJ-MM-DD */
  date: string;
  /** Who evaluated: a role, never a name. */
  evaluator: string;
  /** What was evaluated: the website, its version, and what is left out. */
  scope: readonly string[];
  /** The target: "WCAG 2.2, niveau A en AA". */
  target: string;
  sample: readonly SampleItem<Id>[];
  /** The steps of the method, in order. */
  method: readonly string[];
  tools: readonly string[];
  /** Checks by hand: what, and how anyone can repeat it. */
  manualChecks: readonly { check: string; how: string }[];
  results: Readonly<Record<string, Finding<Id>>>;
  /** What this evaluation did not cover; the statement shows the same list. */
  notEvaluated: readonly string[];
  /** Limits that are not a failure of a criterion, good to know for a reader. */
  limitations: readonly string[];
  /** What this evaluation found and had fixed, each with a test that failed before. */
  fixed: readonly string[];
}

export interface CriterionResult extends Criterion {
  finding: Finding;
}

/** Every criterion of WCAG 2.2 A and AA (with 4.1.1 of WCAG 2.1) in order, with its finding. */
export function criterionResults(evaluation: Evaluation): CriterionResult[] {
  return criteria.map((criterion) => {
    const finding = evaluation.results[criterion.id];
    if (!finding) throw new Error(`Het evaluatierapport geeft geen uitkomst voor succescriterium ${criterion.id} ${criterion.name}. Vul het aan in src/accessibility/evaluation.ts.`);
    return { ...criterion, finding };
  });
}

/** The criteria the evaluation found not met. */
export const failures = (evaluation: Evaluation) => criterionResults(evaluation).filter((c) => c.finding.result === "fail");

/** The criteria that keep a site from "voldoet volledig": not met, or not (fully) established. */
export const openCriteria = (evaluation: Evaluation) => criterionResults(evaluation).filter((c) => c.finding.result === "fail" || c.finding.result === "cannotTell");

/** The sample items a finding names, in the order of the sample. */
export function checkedOn(evaluation: Evaluation, finding: Finding): SampleItem[] {
  return evaluation.sample.filter((item) => finding.on.includes(item.id));
}
