/**
 * Every sentence a user reads, in Spanish (Colombia), lives in this folder, split by who reads it:
 * tracker.ts (the tracker's content: template, headers, cells, Configuración), export.ts (the offline
 * export command), report.ts (the semester report and its menu action), sheets.ts (the Google Sheets
 * menu, dialogs and alerts). common.ts holds the one quoting helper. Lint rejects Spanish-looking
 * literals anywhere else in src (docs/ARCHITECTURE.md, "Where each rule and message lives").
 */
export { quote } from './common';
export { expected, msg, templatePlace, type MessageKey } from './tracker';
export { cliMsg, exportMsg, PRINT_FOOTER, WORKBOOK_TITLE } from './export';
export * from './report';
export * from './sheets';
export { TABLE_CAPTION, webMsg } from './web';
export { SUMMARY_HEADERS } from './summary';
export { reminderText, daysLeftText, type ReminderLine, type DigestGroup, type EmailText } from './reminders';
export * from './roles';
export { consolidadoSheetMsg, consolidateMsg } from './consolidate';
export { previewMsg, NO_SHEET } from './preview';
