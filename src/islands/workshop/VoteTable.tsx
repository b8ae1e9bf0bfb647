// The card votes of one dilemma as a table: the answers down, one column per round (the dilemma, then each
// "Wat als …?" variant), so the room sees where the majority tips. Used in the record panel and the report.
import { nlVotes } from "../../i18n/nl-votes.ts";
import { voteRows } from "../../lib/card-vote.ts";
import type { CardVote } from "../../lib/card-vote.ts";

const v = nlVotes;

export function VoteTable({ votes }: { votes: CardVote[] }) {
  const { columns, rows, totals, expected } = voteRows(votes, v.roundDilemma, v.moment);
  return (
    <table class="vote-table">
      <thead>
        <tr>
          <th scope="col">{v.answer}</th>
          {columns.map((c) => (
            <th scope="col" key={c}>
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.letter}>
            <th scope="row">
              {row.letter}: {row.answer}
            </th>
            {row.counts.map((n, i) => (
              <td key={i}>{n}</td>
            ))}
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
