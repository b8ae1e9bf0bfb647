// The evaluation report (src/accessibility/): every success criterion of WCAG 2.2 A and AA has a result and the pages
// and states it was checked on; docs/toegankelijkheid.md is the report's own Markdown; the statement cannot claim
// status A while the report has open criteria; a theme's example contact details are found by field.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluation } from "../../src/accessibility/evaluation.ts";
import { evaluationMarkdown } from "../../src/accessibility/markdown.ts";
import { criterionResults, type Evaluation } from "../../src/accessibility/report.ts";
import { statementProblems, type StatementSettings } from "../../src/accessibility/statement.ts";
import { criteria } from "../../src/accessibility/wcag.ts";
import { placeholderFields } from "../../src/lib/theme-check.ts";
import { theme as standaard } from "../../src/themes/standaard/theme.ts";
import { theme as rijkshuisstijl } from "../../src/themes/rijkshuisstijl/theme.ts";
import { theme as voorbeeldgemeente } from "../../src/themes/voorbeeldgemeente/theme.ts";
import { wcag22 } from "../wcag22.ts";

describe("the evaluation report", () => {
  it("lists every WCAG 2.2 A and AA success criterion with its level, and 4.1.1 of WCAG 2.1 apart", () => {
    const listed = criteria.filter((c) => !c.onlyWcag21);
    for (const level of ["A", "AA"] as const) {
      expect(listed.filter((c) => c.level === level).map((c) => c.id).sort()).toEqual([...wcag22[level]].sort());
    }
    expect(listed).toHaveLength(55);
    expect(criteria.filter((c) => c.onlyWcag21).map((c) => c.id)).toEqual(["4.1.1"]);
  });

  it("gives every criterion a result, how it was established, and the pages and states of the sample it was checked on", () => {
    const sampleIds: string[] = evaluation.sample.map((item) => item.id);
    for (const row of criterionResults(evaluation)) {
      expect(["pass", "fail", "notPresent", "cannotTell"], row.id).toContain(row.finding.result);
      expect(row.finding.how.length, row.id).toBeGreaterThan(20);
      expect(row.finding.on.length, row.id).toBeGreaterThan(0);
      expect(row.finding.on.filter((id) => !sampleIds.includes(id)), row.id).toEqual([]);
      // A failure or an open question says what, so a reader of the statement can follow it.
      if (row.finding.result === "fail" || row.finding.result === "cannotTell") expect(row.finding.note, row.id).toBeTruthy();
    }
    expect(Object.keys(evaluation.results).sort()).toEqual(criteria.map((c) => c.id).sort());
  });

  it("names what was not evaluated: screen readers, speech input, Windows high contrast, other browsers and the texts", () => {
    const text = evaluation.notEvaluated.join("\n");
    for (const part of ["Schermlezers", "Spraakbesturing", "hoog contrast van Windows", "Andere browsers", "tekst van de modules"]) expect(text).toContain(part);
  });

  it("is what docs/toegankelijkheid.md says (npm run docs:toegankelijkheid writes it)", () => {
    expect(readFileSync("docs/toegankelijkheid.md", "utf8"), "docs/toegankelijkheid.md is verouderd: draai npm run docs:toegankelijkheid").toBe(evaluationMarkdown(evaluation));
  });
});

describe("the statement against the report", () => {
  const statement: StatementSettings = { date: "2026-12-03", status: "B", signedBy: undefined, responseDays: 5, knownIssues: [] };
  const allMet: Evaluation = { ...evaluation, results: Object.fromEntries(Object.entries(evaluation.results).map(([id, f]) => [id, { ...f, result: "pass" as const }])) };
  const issue = { problem: "De tabel heeft geen kopcellen.", criteria: ["1.3.1"], cause: "Gemaakt zonder kopcellen.", consequence: "Een schermlezer noemt de dag niet.", measure: "We maken hem opnieuw.", plannedDate: "2027-03-01" };

  it("refuses status A while the report has a criterion not met or not fully established, and names it", () => {
    const problems = statementProblems({ ...statement, status: "A" }, evaluation);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^accessibilityStatement\.status is "A" \(voldoet volledig\), maar het rapport .* 3\.1\.2 Taal van onderdelen \(niet volledig vastgesteld\)\. Kies status "B"/);
    const failing: Evaluation = { ...allMet, results: { ...allMet.results, "1.4.10": { ...allMet.results["1.4.10"]!, result: "fail", note: "Te breed." } } };
    expect(statementProblems({ ...statement, status: "A" }, failing)[0]).toContain("1.4.10 Reflow (voldoet niet)");
  });

  it("refuses status A with known issues, and accepts it when the report is met throughout and nothing is known", () => {
    expect(statementProblems({ ...statement, status: "A", knownIssues: [issue] }, allMet)).toEqual(['accessibilityStatement.status is "A" (voldoet volledig), maar knownIssues noemt een probleem. Een website met bekende problemen heeft status "B" of lager.']);
    expect(statementProblems({ ...statement, status: "A" }, allMet)).toEqual([]);
    expect(statementProblems({ ...statement, knownIssues: [issue] }, evaluation)).toEqual([]);
  });

  it("asks for every field of a known issue, a real criterion, a date and a response time", () => {
    const problems = statementProblems({ ...statement, responseDays: 0, knownIssues: [{ ...issue, cause: " ", criteria: ["9.9.9"], plannedDate: "maart" }] }, evaluation);
    expect(problems.map((p) => p.split(" ")[0])).toEqual(["accessibilityStatement.knownIssues[0].cause", "accessibilityStatement.knownIssues[0].criteria", "accessibilityStatement.knownIssues[0].plannedDate", "accessibilityStatement.responseDays"]);
  });

  it("the themes that come with the site can be published as they are (apart from their example values)", () => {
    expect(statementProblems(standaard.accessibilityStatement, evaluation)).toEqual([]);
    expect(statementProblems(voorbeeldgemeente.accessibilityStatement, evaluation)).toEqual([]);
    expect(statementProblems(rijkshuisstijl.accessibilityStatement, evaluation)).toEqual([]);
  });
});

describe("example contact details in a theme", () => {
  it("are found by field, in every theme that comes with the site", () => {
    expect(placeholderFields(standaard)).toEqual(["organisation", "contact.email", "contact.web.href"]);
    expect(placeholderFields(voorbeeldgemeente)).toEqual(["name", "tagline", "organisation", "contact.email", "contact.web.href", "footerLinks[0].href"]);
    expect(placeholderFields(rijkshuisstijl)).toEqual(["organisation", "contact.email", "contact.web.href"]);
  });

  it("leave a theme with its own details alone", () => {
    const own = { ...standaard, organisation: "Gemeente Zaanstad", contact: { ...standaard.contact, email: "sociaaldomein@zaanstad.nl", web: { label: "Contact", href: "https://www.zaanstad.nl/contact" } } };
    expect(placeholderFields(own)).toEqual([]);
  });
});
