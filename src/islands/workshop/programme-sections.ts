// On the pages of a programme that list every step at build time (the draaiboek, the participants' worksheet): puts
// the sections of the programme's items in its order and hides the rest. Without JavaScript every step stays.

/** Gives a copy of a section ids of its own (and the references to them), so its headings still name it. */
function renameIds(section: HTMLElement, suffix: string): void {
  const renamed = new Map<string, string>();
  for (const element of [section, ...section.querySelectorAll<HTMLElement>("[id]")]) {
    if (!element.id) continue;
    renamed.set(element.id, `${element.id}-${suffix}`);
    element.id = `${element.id}-${suffix}`;
  }
  for (const element of [section, ...section.querySelectorAll<HTMLElement>("[aria-labelledby], [aria-describedby], label[for]")]) {
    for (const attribute of ["aria-labelledby", "aria-describedby", "for"]) {
      const value = element.getAttribute(attribute);
      if (value) element.setAttribute(attribute, value.split(" ").map((id) => renamed.get(id) ?? id).join(" "));
    }
  }
}

/**
 * Places, in `holder`, one section per item in order: a step's build-time section (`data-programme-step` = its key;
 * a step that comes twice gets a copy), or what `makeOwn` builds for an item that is not a step (null: left out).
 * Every other section is hidden; each placed one gets its number in `[data-programme-number]`. Returns the placed
 * section per item (null where none).
 */
export function arrangeSections<T extends { key?: string }>(holder: HTMLElement, items: T[], makeOwn: (item: T) => HTMLElement | null): (HTMLElement | null)[] {
  const sections = new Map([...holder.querySelectorAll<HTMLElement>("[data-programme-step]")].map((s) => [s.dataset.programmeStep, s]));
  for (const section of sections.values()) section.hidden = true;
  const used = new Set<string>();
  let number = 0;
  return items.map((item, i) => {
    const original = item.key ? sections.get(item.key) : undefined;
    let section: HTMLElement | null;
    if (original && item.key) {
      section = used.has(item.key) ? (original.cloneNode(true) as HTMLElement) : original;
      if (section !== original) renameIds(section, String(i + 1));
      used.add(item.key);
    } else section = item.key ? null : makeOwn(item);
    if (!section) return null;
    section.hidden = false;
    const place = section.querySelector("[data-programme-number]");
    if (place) place.textContent = `${++number}.`;
    holder.append(section);
    return section;
  });
}
