// Which click opens a term in place: a marked term with a definition on this page, clicked without a modifier key
// (with one, the browser opens the begrippenlijst, in a new tab for instance).
export function termToOpen(event: MouseEvent): HTMLAnchorElement | null {
  const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>("a.term[data-term]") : null;
  if (!link || event.metaKey || event.ctrlKey || event.shiftKey) return null;
  return document.querySelector(`template[data-definition="${link.dataset.term}"]`) ? link : null;
}
