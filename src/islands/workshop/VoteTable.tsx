// The card votes of one step as a table: the answers down, one column per vote (the step itself, then each
// "Wat als …?" variant; a round voted again, before and after the discussion, has a column per vote), so the room
// sees where the majority tips. Used in the record panel and, with `shares`, in
// the report: each count then has its share and a bar, black on white with the numbers beside it, so the chart reads
// the same on a black-and-white printout and the table still says everything to a screen reader.
import { nlVotes } from "../../i18n/nl-votes.ts";
import { voteRows, voteShares } from "../../lib/card-vote.ts";
import type { CardVote } from "../../lib/card-vote.ts";

const v = nlVotes;

function Bar({ share }: { share: number }) {
  return (
    <svg class="vote-table__bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect x="0.5" y="0.5" width="99" height="9" fill="none" stroke="currentColor" stroke-width="1" vector-effect="non-scaling-stroke" />
      <rect x="0" y="0" width={share} height="10" fill="currentColor" />
    </svg>
  );
}

export function VoteTable({ votes, shares = false }: { votes: CardVote[]; shares?: boolean }) {
  const { columns, rows, totals, expected } = voteRows(votes, v.roundDilemma, v.moment);
  const perRound = columns.map((_, c) => voteShares(rows.map((r) => r.counts[c]!)));
  return (
    <table class="vote-table">
      <thead>
        <tr>
          <th scope="col">{v.answer}</th>
          {columns.map((c, i) => (
            <th scope="col" key={i}>
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, r) => (
          <tr key={row.letter}>
            <th scope="row">
              {row.letter}: {row.answer}
            </th>
            {row.counts.map((n, c) => {
              const share = shares ? perRound[c]?.[r] : undefined;
              return (
                <td key={c}>
                  {share !== undefined && <Bar share={share} />}
                  {share !== undefined ? v.countShare(n, share) : n}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{v.total}</th>
          {totals.map((n, i) => (
            <td key={i}>{v.votesTotal(n, expected[i])}</td>
          ))}
        </tr>
      </tfoot>
    </table>
  );
}
