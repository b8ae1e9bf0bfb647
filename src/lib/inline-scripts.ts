// The only inline scripts of the site: each runs before the first paint, so the page does not shift.
// astro.config.mjs puts their hashes into the Content Security Policy.

/** Marks the page as JavaScript-capable, so steps can be hidden before the stepper starts. */
export const jsEnabledScript = 'document.documentElement.classList.add("js-enabled");';

/** On a phone, folds the step overview (open without JavaScript, as a table of contents) before it is drawn. */
export const foldOverviewScript =
  'if(matchMedia("(max-width: 59.99rem)").matches)document.currentScript.previousElementSibling.open=false;';
