// Opens the definition of a marked term in place, in a native popover, by click, tap or Enter on the term.
// Without JavaScript a term is a plain link to its entry in the begrippenlijst. This code loads on the first term a
// reader opens (start.ts), which it then shows; after that it opens every term itself. Opened from inside a modal
// dialog, the pop-up moves into that dialog (outside it, the page is inert); Tab past its last control closes it
// and goes on after the term, Shift+Tab past its first goes back to the term.
import { useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import { h, render } from "preact";
import { nlReading as nl } from "../i18n/nl-reading.ts";
import { termPopoverTitleId } from "../lib/page-ids.ts";
import { termToOpen } from "./term-target.ts";

interface Shown {
  id: string;
  term: string;
  html: string;
  href: string;
}

/** Puts the pop-up into `container` and opens it for `first`. */
export function mountTermPopover(container: HTMLElement, first: HTMLAnchorElement): void {
  render(h(TermPopover, { first }), container);
}

function TermPopover({ first }: { first: HTMLAnchorElement }) {
  const popover = useRef<HTMLDivElement>(null);
  const opener = useRef<HTMLAnchorElement | null>(null);
  const [shown, setShown] = useState<Shown | null>(null);
  const home = useRef<HTMLElement | null>(null);

  // A layout effect: from the moment it is there, the pop-up opens every term itself.
  useLayoutEffect(() => {
    const show = (link: HTMLAnchorElement) => {
      const template = document.querySelector<HTMLTemplateElement>(`template[data-definition="${link.dataset.term}"]`)!;
      opener.current = link;
      setShown({ id: link.dataset.term!, term: template.dataset.term ?? "", html: template.innerHTML, href: link.href });
    };
    const onClick = (event: MouseEvent) => {
      const link = termToOpen(event);
      if (!link) return;
      event.preventDefault();
      event.stopPropagation();
      show(link);
    };
    show(first);
    document.addEventListener("click", onClick, true);
    return () => document.removeEventListener("click", onClick, true);
  }, []);

  useEffect(() => {
    const element = popover.current;
    if (!element || !shown || !opener.current) return;
    home.current ??= element.parentElement;
    const host = opener.current.closest<HTMLDialogElement>("dialog[open]") ?? home.current;
    if (host && element.parentElement !== host) host.append(element);
    if (!element.matches(":popover-open")) element.showPopover();
    const box = opener.current.getBoundingClientRect();
    const width = Math.min(element.offsetWidth, window.innerWidth - 16);
    element.style.left = `${Math.max(8, Math.min(box.left, window.innerWidth - width - 8))}px`;
    element.style.top = `${Math.max(8, Math.min(box.bottom + 8, window.innerHeight - element.offsetHeight - 8))}px`;
    element.querySelector<HTMLElement>("h2")?.focus();
  }, [shown]);

  const onToggle = (event: Event) => {
    if ((event as ToggleEvent).newState !== "closed") return;
    setShown(null);
    // Back to the term, unless the reader has already moved on (Tab past the last control).
    const active = document.activeElement;
    if (!active || active === document.body || popover.current?.contains(active)) opener.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const element = popover.current;
    if (event.key !== "Tab" || !element || !opener.current) return;
    const controls = [...element.querySelectorAll<HTMLElement>("a[href], button, input, select, textarea")];
    const active = document.activeElement;
    const forward = !event.shiftKey && active === controls.at(-1);
    const back = event.shiftKey && (active === controls[0] || active === element.querySelector("h2"));
    if (!forward && !back) return;
    // Focus goes to the term first; going forward, the browser's own Tab then moves on from there.
    if (back) event.preventDefault();
    opener.current.focus();
    element.hidePopover();
  };

  return (
    <div popover="auto" ref={popover} class="term-popover" role="dialog" aria-labelledby={termPopoverTitleId} onToggle={onToggle} onKeyDown={onKeyDown}>
      {shown && (
        <>
          <h2 id={termPopoverTitleId} tabindex={-1}>{shown.term}</h2>
          <div dangerouslySetInnerHTML={{ __html: shown.html }} />
          <p class="term-popover__actions">
            <a href={shown.href}>{nl.termMore(shown.term)}</a>
            <button type="button" class="utrecht-button utrecht-button--subtle" onClick={() => popover.current?.hidePopover()}>
              {nl.close}
            </button>
          </p>
        </>
      )}
    </div>
  );
}
