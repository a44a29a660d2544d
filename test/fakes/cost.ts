/**
 * Estimated Google time of each service call, and the execution limits a run must stay under.
 *
 * Limits (Apps Script "Quotas for Google Services" page and the simple-triggers guide's restrictions):
 * a simple trigger (onOpen, onEdit) may run 30 s; any other execution (a menu item, a
 * `google.script.run` call from a sidebar) 6 min. Past it the execution is stopped and its log shows
 * "Exceeded maximum execution time"; a try/catch in the script cannot keep it going.
 *
 * Costs: Google publishes no per-call latency. These are ASSUMED orders of magnitude, chosen to be on
 * the slow side of what scripts typically see (each call is a round trip from the Apps Script server to
 * the Sheets/Docs/Drive backend; reads of cached objects are cheap; Docs and Drive are slower than
 * Sheets; exporting a PDF takes seconds). They are for the benchmark's estimates and for the limits; a
 * test never asserts a time. Change them here only.
 */
export interface CostRule {
  readonly service: string;
  /** Matches the recorded method ("Range.setValues", "create"). */
  readonly method: RegExp;
  readonly ms: number;
}

export const COSTS: readonly CostRule[] = [
  // Sheets: structure changes re-layout the sheet; block reads/writes are one backend round trip.
  {
    service: 'SpreadsheetApp',
    method:
      /^(Spreadsheet\.insertSheet|Sheet\.(insert|delete)|Sheet\.(setFrozen|hide|show)|.*Protection|.*ConditionalFormatRules|Sheet\.(insertChart|updateChart|removeChart)|EmbeddedChart\.getBlob)/,
    ms: 150,
  },
  { service: 'SpreadsheetApp', method: /\.(set|clear|merge|sort|copyTo|autoResize|add|remove|protect)/, ms: 40 },
  {
    service: 'SpreadsheetApp',
    method: /\.get(Values|DisplayValues|Formulas|FormulasR1C1|NumberFormats|Backgrounds|DataValidations|Notes|RichTextValues)$/,
    ms: 30,
  },
  { service: 'SpreadsheetApp', method: /^Ui\.(alert|prompt|showSidebar|showModalDialog|showModelessDialog)$/, ms: 100 },
  { service: 'SpreadsheetApp', method: /./, ms: 5 },
  // Docs: opening or creating a document and saving it are the slow steps.
  { service: 'DocumentApp', method: /^(create|openById|openByUrl)$/, ms: 800 },
  { service: 'DocumentApp', method: /saveAndClose$/, ms: 1500 },
  { service: 'DocumentApp', method: /\.getAs$|Blob\./, ms: 2000 },
  { service: 'DocumentApp', method: /\.(append|insert|set|replaceText|remove|copy|addHeader|addFooter|merge)/, ms: 40 },
  { service: 'DocumentApp', method: /./, ms: 10 },
  // Drive: every call is an API request; a PDF export or an upload moves the whole file.
  { service: 'Drive', method: /^Files\.(create|export)$/, ms: 1500 },
  { service: 'Drive', method: /./, ms: 400 },
  // Docs API: a get returns the whole document; a batchUpdate applies its requests server-side.
  { service: 'Docs', method: /./, ms: 800 },
  { service: 'DriveApp', method: /getAs$|getBlob$|createFile$/, ms: 1500 },
  { service: 'DriveApp', method: /./, ms: 300 },
  // Triggers are stored on Google's side: creating, listing or deleting one is a backend request.
  { service: 'ScriptApp', method: /(create|getProjectTriggers|getUserTriggers|deleteTrigger)$/, ms: 200 },
  // Sending is a round trip to Gmail's backend (ASSUMED 500 ms a message).
  { service: 'MailApp', method: /^sendEmail$/, ms: 500 },
  { service: 'PropertiesService', method: /./, ms: 20 },
  { service: 'LockService', method: /./, ms: 20 },
  { service: 'HtmlService', method: /./, ms: 2 },
];

/** Milliseconds assumed for one call (1 ms for anything local: Utilities, Logger, Session, builders). */
export function costOf(service: string, method: string): number {
  for (const rule of COSTS) if (rule.service === service && rule.method.test(method)) return rule.ms;
  return 1;
}

/**
 * Block reads and writes also cost per cell (ASSUMED: about 50,000 cells a second, i.e. 0.02 ms a
 * cell), so 6,000 rows × 30 columns weigh more than 6 rows. Per-call costs above stay the floor.
 */
const PER_CELL_MS = 0.02;
const BLOCK_METHODS =
  /^(get|set)(Values|DisplayValues|Formulas|FormulasR1C1|NumberFormats|Backgrounds|DataValidations|Notes|RichTextValues|FontWeights|FontColors|HorizontalAlignments|WrapStrategies)$|^clear/;

export function cellCost(method: string, cells: number): number {
  return BLOCK_METHODS.test(method) ? cells * PER_CELL_MS : 0;
}

/** What kind of execution runs, which sets its time limit. */
export type RunKind = 'simpleTrigger' | 'execution';

export const LIMIT_MS: Readonly<Record<RunKind, number>> = {
  simpleTrigger: 30_000,
  execution: 6 * 60_000,
};

export const TIME_LIMIT_MESSAGE = 'Exceeded maximum execution time';
