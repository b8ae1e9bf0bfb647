// What the room sees of a card vote, in large type: the question, the answers A–D with their letters, and while
// counting the count per letter, "N van M kaarten gezien" and the cards not seen yet. The vote dialog shows it, and
// so does the beamer when the vote runs in the presenter window (RoomVote); without counts it is the slide's answers.
import { nlVotes } from "../../i18n/nl-votes.ts";
import { answerLetters } from "../../lib/vote-cards.ts";
import type { VoteScreenState } from "../../lib/vote-messages.ts";

const v = nlVotes;

export function VoteScreen({ screen, headingId }: { screen: VoteScreenState; headingId?: string }) {
  const { question, answers, counts, seen, expected, missing } = screen;
  const counting = counts !== undefined;
  return (
    <div class="vote-screen">
      <p class="vote-screen__question" id={headingId}>
        {question}
      </p>
      <ul class="vote-screen__answers" data-vote-tally>
        {answers.map((answer, i) => (
          <li key={i} class="vote-screen__answer">
            <span class="vote-screen__letter" aria-hidden="true">
              {answerLetters[i]}
            </span>
            <span class="vote-screen__text">
              <span class="visually-hidden">{answerLetters[i]}: </span>
              {answer}
            </span>
            {counting && (
              <strong class="vote-screen__count" data-count={answerLetters[i]}>
                {counts[i]}
              </strong>
            )}
          </li>
        ))}
      </ul>
      {counting ? (
        <p class="vote-screen__seen">
          <strong data-cards-seen>{expected ? v.seenOf(seen ?? 0, expected) : v.cardsSeen(seen ?? 0)}</strong>
          {expected ? <span data-cards-missing>{missing?.length ? v.missing(missing) : v.allSeen}</span> : null}
        </p>
      ) : (
        <p class="vote-screen__seen">{v.roomInstruction}</p>
      )}
    </div>
  );
}
