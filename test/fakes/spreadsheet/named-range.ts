/** A named range as Spreadsheet.getNamedRanges() hands it out. */
import { real } from '../real';
import type { FakeRuntime } from '../runtime';
import type { FakeSpreadsheet } from './spreadsheet';

type NamedRange = GoogleAppsScript.Spreadsheet.NamedRange;
type Range = GoogleAppsScript.Spreadsheet.Range;

export class FakeNamedRange implements Pick<NamedRange, 'getName' | 'getRange' | 'remove' | 'setName' | 'setRange'> {
  constructor(
    private readonly rt: FakeRuntime,
    private readonly ss: FakeSpreadsheet,
    private name: string,
  ) {}

  getName(): string {
    this.rt.call('SpreadsheetApp', 'NamedRange.getName');
    return this.name;
  }

  /** A name whose sheet was deleted (#REF!) throws; the wording is ours, not verified against Google. */
  getRange(): Range {
    this.rt.call('SpreadsheetApp', 'NamedRange.getRange');
    const range = this.ss.namedRange(this.name);
    return range === null ? this.rt.fail('Range not found') : real(range.clone());
  }

  remove(): void {
    this.rt.call('SpreadsheetApp', 'NamedRange.remove');
    this.ss.deleteNamedRange(this.name);
  }

  setName(name: string): NamedRange {
    this.rt.call('SpreadsheetApp', 'NamedRange.setName');
    this.ss.renameNamedRange(this.name, name);
    this.name = name;
    return real(this);
  }

  setRange(range: Range): NamedRange {
    this.rt.call('SpreadsheetApp', 'NamedRange.setRange');
    this.ss.defineNamedRange(this.name, range);
    return real(this);
  }
}
