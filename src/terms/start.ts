// The first term a reader opens loads the pop-up's code (TermPopover.tsx) and opens it there; until then a page
// carries only this listener. If the code cannot load (no connection), the term goes to the begrippenlijst, as a
// link does without JavaScript.
import { termToOpen } from "./term-target.ts";

let waiting: HTMLAnchorElement | null = null;

function onClick(event: MouseEvent) {
  const link = termToOpen(event);
  if (!link) return;
  event.preventDefault();
  event.stopPropagation();
  if (waiting) return void (waiting = link);
  waiting = link;
  import("./TermPopover.tsx").then(
    (popover) => {
      document.removeEventListener("click", onClick, true);
      popover.mountTermPopover(document.querySelector<HTMLElement>("[data-term-popover]")!, waiting!);
    },
    () => location.assign(waiting!.href),
  );
}

document.addEventListener("click", onClick, true);
