// The ids the workshop views write on a module page (the presentation's overview and QR code, the record panel, the
// card vote and the phone's scan), reserved like those of page-ids.ts (reservedIds in content-rules.ts). Apart from
// page-ids.ts because only the views, which load when the facilitator opens one, use them: a module's reading page
// shares its chunk of page-ids.ts with every island, and would carry these too.

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
