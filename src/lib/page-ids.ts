// The ids a module page itself uses (layout, header, footer, search, term pop-up, workshop views, the route data).
// Templates take them from here, and the content rules reserve them: no step, option, dialog or checklist may take one.

export const pageIds = {
  main: "inhoud",
  siteHeader: "site-header",
  siteFooter: "site-footer",
  footerContact: "footer-contact",
  stepOverview: "stappen",
  sources: "bronnen",
  routeData: "module-route",
  searchHeader: "zoek-header",
  searchHeaderHint: "zoek-header-hint",
  searchPage: "zoek-page",
  searchPageHint: "zoek-page-hint",
  searchFilter: "zoek-filter",
  termPopoverTitle: "term-popover-title",
  workshopLauncherLabel: "workshop-launcher-label",
  stepGridTitle: "step-grid-title",
  qrDialogTitle: "qr-dialog-title",
  recordPanelTitle: "record-panel-title",
  recordSessionSelect: "record-session-select",
  recordSessionName: "record-session-name",
  recordImport: "record-import",
  recordImportError: "record-import-error",
  confirmDeleteTitle: "confirm-delete-title",
  confirmDeleteText: "confirm-delete-text",
  importClashTitle: "import-clash-title",
  importClashText: "import-clash-text",
} as const;

/** The <script type="application/json"> that carries the module's route (RouteData.astro). */
export const routeDataId = pageIds.routeData;

/** The search field of a search form and its hint, per place the form stands. */
export const searchIds = {
  header: { field: pageIds.searchHeader, hint: pageIds.searchHeaderHint },
  page: { field: pageIds.searchPage, hint: pageIds.searchPageHint },
} as const;

/** Ids that the page uses as anchors or labels; a step, option, dialog or checklist may not take them. */
export const reservedIds: readonly string[] = Object.values(pageIds);
