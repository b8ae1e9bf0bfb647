// The ids a module page itself uses (layout, header, footer, search, term pop-up, workshop views, the route data).
// Templates take them from here, and the content rules reserve every one of them (reservedIds in content-rules.ts):
// no step, option, dialog or checklist may take one. One export per id, so an island ships only the ids it uses.

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
export const stepGridTitleId = "step-grid-title";
export const qrDialogTitleId = "qr-dialog-title";
export const recordPanelTitleId = "record-panel-title";
export const recordSessionSelectId = "record-session-select";
export const recordSessionNameId = "record-session-name";
export const recordImportId = "record-import";
export const recordImportErrorId = "record-import-error";
export const confirmDeleteTitleId = "confirm-delete-title";
export const confirmDeleteTextId = "confirm-delete-text";
export const importClashTitleId = "import-clash-title";
export const importClashTextId = "import-clash-text";
export const voteDialogTitleId = "vote-dialog-title";
export const voteExpectedId = "vote-expected";
export const voteExpectedHintId = "vote-expected-hint";
/** The fields of the counts typed by hand, one per answer. */
export const voteHandIds = { A: { field: "vote-hand-a" }, B: { field: "vote-hand-b" }, C: { field: "vote-hand-c" }, D: { field: "vote-hand-d" } } as const;
export const voteHandErrorId = "vote-hand-error";
export const phoneCodeId = "phone-code";
export const phoneCodeErrorId = "phone-code-error";
export const roomVoteTitleId = "room-vote-title";
export const phoneScanResultId = "phone-scan-result";

/** The search field of a search form and its hint, per place the form stands. */
export const searchIds = {
  header: { field: searchHeaderId, hint: searchHeaderHintId },
  page: { field: searchPageId, hint: searchPageHintId },
} as const;
