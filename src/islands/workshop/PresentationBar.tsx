// The facilitator's bar at the bottom of the presentation: where the walk is, a notice when there is one (above the
// bar, so the bar stays one row at 1024 × 768), and the buttons. It fades out when the mouse rests (bar-visibility.ts).
import type { ComponentChildren, RefObject } from "preact";
import { nlVotes } from "../../i18n/nl-votes.ts";
import { nlWorkshop } from "../../i18n/nl-workshop.ts";

interface Props {
  bar: RefObject<HTMLDivElement>;
  hidden: boolean;
  position: string;
  notice: string;
  shortcuts: boolean;
  light: boolean;
  onLight: (on: boolean) => void;
  onPresenter: () => void;
  onFullscreen: () => void;
  onQr: () => void;
  onBlank: () => void;
  /** On a step with answers A–D: shows them on the slide (RoomVote). */
  onAnswers: (() => void) | undefined;
  onStop: () => void;
  /** The overview button with its dialog (StepGrid). */
  overview: ComponentChildren;
}

export default function PresentationBar(props: Props) {
  const w = nlWorkshop;
  const { shortcuts } = props;
  // The key on a button, in small type so the bar fits one row at 1024 × 768; it is part of the button's name.
  const key = (letter: string) =>
    shortcuts && (
      <>
        {" "}
        <span class="presentation-bar__key">({letter})</span>
      </>
    );
  const keyed = (letter: string) => (shortcuts ? letter : undefined);
  return (
    <div class={props.hidden ? "presentation-bar presentation-bar--hidden" : "presentation-bar"} ref={props.bar} role="group" aria-label={w.presentationLabel}>
      <p class="presentation-bar__position">{props.position}</p>
      {props.notice && (
        <p class="presentation-bar__notice">{props.notice}</p>
      )}
      <div class="presentation-bar__buttons">
        <button type="button" class="utrecht-button utrecht-button--subtle" onClick={props.onPresenter}>
          {w.openPresenter}
        </button>
        <button type="button" class="utrecht-button utrecht-button--subtle" aria-keyshortcuts={keyed("F")} onClick={props.onFullscreen}>
          {w.fullscreen}
          {key("F")}
        </button>
        {props.overview}
        <button type="button" class="utrecht-button utrecht-button--subtle" aria-keyshortcuts={keyed("Q")} onClick={props.onQr}>
          {w.qr}
          {key("Q")}
        </button>
        {props.onAnswers && (
          <button type="button" class="utrecht-button utrecht-button--subtle" aria-keyshortcuts={keyed("A")} onClick={props.onAnswers}>
            {nlVotes.answersButton}
            {key("A")}
          </button>
        )}
        <button type="button" class="utrecht-button utrecht-button--subtle" aria-keyshortcuts={keyed("B")} onClick={props.onBlank}>
          {w.blank}
          {key("B")}
        </button>
        <label class="presentation-bar__switch">
          <input type="checkbox" checked={props.light} onChange={(event) => props.onLight(event.currentTarget.checked)} /> {w.lightScreen}
        </label>
        <button type="button" class="utrecht-button utrecht-button--subtle" aria-keyshortcuts="Escape" onClick={props.onStop}>
          {w.stop} <span class="presentation-bar__key">(Esc)</span>
        </button>
      </div>
    </div>
  );
}
