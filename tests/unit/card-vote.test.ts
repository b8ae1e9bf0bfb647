// Counting a card vote (src/lib/card-vote.ts): the answer from a card's turn, one vote per card (its last answer),
// the cards not seen yet, a phone's count merged in, every vote of a round kept (before and after the discussion),
// and the check of stored votes.
import { describe, expect, it } from "vitest";
import { addFrame, answerFromCorners, checkVotes, countsOf, defaultAnswers, mergeTally, missingCards, voteRows, voteShares, withoutVote, withVote, type CardVote, type SeenMarker } from "../../src/lib/card-vote.ts";
import { editRecord } from "../../src/lib/workshop-record/edits.ts";
import { parseImport, toExportJson } from "../../src/lib/workshop-record/exchange.ts";
import { toMarkdown } from "../../src/lib/workshop-report.ts";
import { now, recordedState, wachtlijsten } from "./workshop-fixtures.ts";

/** A marker of 40 px at (x, y) with its top edge pointing right (0), down (1), left (2) or up (3), a little askew. */
function marker(id: number, turn: 0 | 1 | 2 | 3, x = 100, y = 100): SeenMarker {
  const square = [
    { x: 0, y: 0 },
    { x: 40, y: 6 },
    { x: 34, y: 46 },
    { x: -6, y: 40 },
  ];
  const turned = square.map((p) => {
    let { x: px, y: py } = p;
    for (let i = 0; i < turn; i++) [px, py] = [-py, px];
    return { x: x + px, y: y + py };
  });
  return { id, corners: turned };
}

describe("answer from a card's turn", () => {
  it("reads A upright, B with the card a quarter to the left, C upside down, D a quarter to the right", () => {
    expect(answerFromCorners(marker(0, 0).corners)).toBe("A");
    expect(answerFromCorners(marker(0, 3).corners)).toBe("B");
    expect(answerFromCorners(marker(0, 2).corners)).toBe("C");
    expect(answerFromCorners(marker(0, 1).corners)).toBe("D");
  });
});

describe("tally", () => {
  it("counts a card seen twice with different answers once, with its last answer", () => {
    let tally = addFrame(new Map(), [marker(4, 0), marker(9, 2)]);
    tally = addFrame(tally, [marker(4, 3)]);
    tally = addFrame(tally, [marker(4, 3, 300, 200)]);
    expect(countsOf(tally)).toEqual([0, 1, 1, 0]);
    expect(tally.get(5)).toBe("B");
  });

  it("ignores markers that are not one of the printed cards", () => {
    expect(countsOf(addFrame(new Map(), [marker(130, 0), marker(-1, 0), marker(47, 1)]))).toEqual([0, 0, 0, 1]);
  });

  it("lists the handed-out cards not seen yet", () => {
    const tally = addFrame(new Map(), [marker(0, 0), marker(2, 0), marker(40, 0)]);
    expect(missingCards(tally, 5)).toEqual([2, 4, 5]);
    expect(missingCards(tally, 1)).toEqual([]);
  });

  it("merges a phone's count: a card seen on both counts once, with the phone's newer answer", () => {
    const laptop = new Map([[1, "A"], [2, "B"]] as const);
    const phone = new Map([[2, "C"], [7, "D"]] as const);
    const { tally, added, known } = mergeTally(laptop, phone);
    expect([...tally].sort()).toEqual([[1, "A"], [2, "C"], [7, "D"]]);
    expect([added, known]).toEqual([1, 1]);
    expect(countsOf(tally)).toEqual([1, 0, 1, 1]);
  });
});

describe("votes in the record", () => {
  const vote = (round: string, counts: CardVote["counts"], at = "2027-03-12T10:00:00.000Z"): CardVote => ({ round, answers: ["a", "b", "c", "d"], counts, at });
  const moment = (n: number, of: number) => (of === 2 ? (n === 1 ? "vóór" : "na") : `stemming ${n}`);

  it("keeps every vote; a round voted again gets a column per vote, the dilemma's first", () => {
    let votes = withVote(undefined, vote("", [1, 2, 3, 4], "t1"));
    votes = withVote(votes, vote("Wat als het kind 16 is?", [4, 3, 2, 1], "t2"));
    votes = withVote(votes, vote("", [5, 0, 0, 0], "t3"));
    const table = voteRows(votes, "Het dilemma zelf", moment);
    expect(table.columns).toEqual(["Het dilemma zelf, vóór", "Het dilemma zelf, na", "Wat als het kind 16 is?"]);
    expect(table.rows[0]!.counts).toEqual([1, 5, 4]);
    expect(table.votes.map((v) => v.at)).toEqual(["t1", "t3", "t2"]);
    expect(voteRows(withVote(votes, vote("", [0, 0, 0, 1], "t4")), "Het dilemma zelf", moment).columns.slice(0, 3)).toEqual(["Het dilemma zelf, stemming 1", "Het dilemma zelf, stemming 2", "Het dilemma zelf, stemming 3"]);
    expect(withoutVote(votes, "t1").map((v) => v.at)).toEqual(["t2", "t3"]);
  });

  it("keeps how many cards were handed out, and reads votes kept before that was asked", () => {
    const table = voteRows([{ ...vote("", [1, 2, 3, 4]), expected: 12 }, vote("Wat als?", [1, 1, 1, 1])], "Het dilemma zelf");
    expect(table.expected).toEqual([12, undefined]);
    expect(checkVotes([{ ...vote("", [1, 2, 3, 4]), expected: 12 }], "votes")).toBeNull();
    expect(checkVotes([{ ...vote("", [1, 2, 3, 4]), expected: "twaalf" }], "votes")).toBe("votes[0].expected is geen getal");
  });

  it("accepts stored votes and names what is wrong with a damaged one", () => {
    expect(checkVotes(undefined, "votes")).toBeNull();
    expect(checkVotes([vote("", [1, 2, 3, 4])], "votes")).toBeNull();
    expect(checkVotes([{ ...vote("", [1, 2, 3, 4]), counts: [1, 2] }], "votes")).toBe("votes[0].counts heeft geen vier aantallen");
    expect(checkVotes("ja", "votes")).toBe("votes is geen lijst");
  });

  it("names the answers after the two sides of the dilemma when the step names none", () => {
    const words = { mostly: (side: string) => `Vooral ${side.toLowerCase()}`, both: "Allebei", unsure: "Weet ik niet" };
    expect(defaultAnswers(["Zorgaanbieder", "Gemeente"], words)).toEqual(["Vooral zorgaanbieder", "Vooral gemeente", "Allebei", "Weet ik niet"]);
  });
});

describe("votes in the export", () => {
  const withVotes = () => {
    let state = recordedState();
    const answers: CardVote["answers"] = ["Vooral zorgaanbieder", "Vooral gemeente", "Allebei | samen", "Weet ik niet"];
    state = editRecord(state, "s1", wachtlijsten, (r) => ({ ...r, votes: withVote(r.votes, { round: "", answers, counts: [9, 9, 8, 4], at: now.toISOString() }) }), now);
    state = editRecord(state, "s1", wachtlijsten, (r) => ({ ...r, votes: withVote(r.votes, { round: "Wat als het kind 16 is?", answers, counts: [3, 20, 5, 2], at: now.toISOString() }) }), now);
    return state.sessions[0]!;
  };

  it("gives whole percentages that add up to 100, and none when nobody voted", () => {
    expect(voteShares([1, 1, 1, 0])).toEqual([34, 33, 33, 0]);
    expect(voteShares([3, 20, 5, 2])).toEqual([10, 67, 17, 6]);
    expect(voteShares([0, 0, 0, 0])).toBeNull();
  });

  it("writes the votes per round side by side in the Markdown report, each count with its share", () => {
    expect(toMarkdown(withVotes())).toContain(
      [
        "#### Stemming met kaarten",
        "",
        "| Antwoord | Het dilemma zelf | Wat als het kind 16 is? |",
        "| --- | ---: | ---: |",
        "| A: Vooral zorgaanbieder | 9 (30 %) | 3 (10 %) |",
        "| B: Vooral gemeente | 9 (30 %) | 20 (67 %) |",
        "| C: Allebei \\| samen | 8 (27 %) | 5 (17 %) |",
        "| D: Weet ik niet | 4 (13 %) | 2 (6 %) |",
        "| Totaal | 30 | 30 |",
        "",
        "#### Notities",
      ].join("\n"),
    );
  });

  it("keeps the votes in the JSON export and refuses a file whose votes are damaged", () => {
    const session = withVotes();
    expect(parseImport(toExportJson(session, now))).toEqual({ ok: true, session });
    const damaged = JSON.parse(toExportJson(session, now));
    damaged.session.records["jeugdzorg/wachtlijsten"].votes[1].counts = [1, 2, 3];
    const result = parseImport(JSON.stringify(damaged));
    expect(result).toEqual({
      ok: false,
      message:
        "Dit bestand klopt niet: de stemmen per antwoord bij het dilemma ‘Dilemma 1: wachtlijsten en krapte’ moet vier aantallen (voor A, B, C en D) zijn. Misschien is het bestand met de hand aangepast en is een veld hernoemd of weggehaald. Exporteer de sessie opnieuw als JSON, of vraag de maker om het originele bestand. Er is niets veranderd.",
    });
  });
});
