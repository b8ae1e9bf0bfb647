// The ids a module page itself uses (layout, header, footer, search, term pop-up, the workshop bar, the route data);
// those of the workshop views are in workshop-ids.ts, so a reading page's scripts do not carry them. Templates take
// them from here, and the content rules reserve every one of both files (reservedIds in content-rules.ts): no step,
// option, dialog or checklist may take one. One export per id, so an island ships only the ids it uses.

export const mainId = "inhoud";
export const siteHeaderId = "site-header";
export const siteFooterId = "site-footer";
export const footerContactId = "footer-contact";
export const stepOverviewId = "stappen";
export const sourcesId = "bronnen";
export const routeDataId = "module-route";
export const searchHeaderId = "zoek-header";
export const searchHeaderHintId = "zoek-header-hint";
export const searchPageId = "zoek-page";
export const searchPageHintId = "zoek-page-hint";
export const searchFilterId = "zoek-filter";
export const termPopoverTitleId = "term-popover-title";
export const workshopLauncherLabelId = "workshop-launcher-label";
export const workshopDataId = "workshop-data";

/** The search field of a search form and its hint, per place the form stands. */
export const searchIds = {
  header: { field: searchHeaderId, hint: searchHeaderHintId },
  page: { field: searchPageId, hint: searchPageHintId },
} as const;
