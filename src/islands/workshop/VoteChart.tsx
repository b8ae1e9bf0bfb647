// The card votes of a step in the report: per round (the step itself, or a "Wat als …?" variant) the answers with
// their count and share, and a bar per answer. The bars are black on white with the numbers beside them, so the
// chart reads the same on a black-and-white printout; the table carries everything for a screen reader.
import { nlVotes } from "../../i18n/nl-votes.ts";
import { nlWorkshop } from "../../i18n/nl-workshop.ts";
import { voteShares, type CardVote } from "../../lib/card-vote.ts";
import { answerLetters } from "../../lib/vote-cards.ts";

const v = nlVotes;

export function VoteChart({ votes }: { votes: CardVote[] }) {
  const ordered = [...votes.filter((x) => x.round === ""), ...votes.filter((x) => x.round !== "")];
  return (
    <>
      {ordered.map((vote) => {
        const shares = voteShares(vote.counts);
        const total = vote.counts.reduce((a, b) => a + b, 0);
        // One round on the step itself needs no name; variants (and the step beside them) do.
        const caption = ordered.length > 1 || vote.round !== "" ? `${vote.round || v.roundDilemma} (${v.votesTotal(total)})` : v.votesTotal(total);
        return (
          <table class="vote-chart" key={vote.round}>
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{v.answer}</th>
                <th scope="col">{v.votes}</th>
                <th scope="col">{v.share}</th>
              </tr>
            </thead>
            <tbody>
              {vote.answers.map((answer, i) => (
                <tr key={i}>
                  <th scope="row">
                    {answerLetters[i]}: {answer}
                  </th>
                  <td>{vote.counts[i]}</td>
                  <td class="vote-chart__share">
                    <svg class="vote-chart__bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                      <rect x="0.5" y="0.5" width="99" height="9" fill="none" stroke="currentColor" stroke-width="1" vector-effect="non-scaling-stroke" />
                      <rect x="0" y="0" width={shares?.[i] ?? 0} height="10" fill="currentColor" />
                    </svg>
                    {shares ? nlWorkshop.voteShare(shares[i]!) : "–"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        );
      })}
    </>
  );
}
