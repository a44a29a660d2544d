/** Embedded charts: Sheet.newChart() builder, the chart, and its image blob. */
import { FakeBlob } from '../blob';
import { ChartType } from '../enums';
import { real } from '../real';
import type { FakeRuntime } from '../runtime';
import type { FakeRange } from './range';
import type { FakeSheet } from './sheet';

type Range = GoogleAppsScript.Spreadsheet.Range;
type Builder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
type Chart = GoogleAppsScript.Spreadsheet.EmbeddedChart;

export interface ChartState {
  type: GoogleAppsScript.Charts.ChartType;
  ranges: FakeRange[];
  position: { row: number; column: number; offsetX: number; offsetY: number };
  options: Map<string, unknown>;
  numHeaders: number;
  transpose: boolean;
}

function cloneState(s: ChartState): ChartState {
  return { ...s, ranges: [...s.ranges], position: { ...s.position }, options: new Map(s.options) };
}

export class FakeEmbeddedChartBuilder implements Pick<
  Builder,
  | 'addRange'
  | 'build'
  | 'clearRanges'
  | 'getChartType'
  | 'getRanges'
  | 'removeRange'
  | 'setChartType'
  | 'setNumHeaders'
  | 'setOption'
  | 'setPosition'
  | 'setTransposeRowsAndColumns'
> {
  constructor(
    private readonly rt: FakeRuntime,
    private readonly sheet: FakeSheet,
    private readonly s: ChartState,
    private readonly chartId: number | null = null,
  ) {}

  private c(m: string): Builder {
    this.rt.call('SpreadsheetApp', `EmbeddedChartBuilder.${m}`);
    return real(this);
  }

  addRange(range: Range): Builder {
    this.s.ranges.push(this.sheet.ownRange(range));
    return this.c('addRange');
  }
  clearRanges(): Builder {
    this.s.ranges = [];
    return this.c('clearRanges');
  }
  getChartType(): GoogleAppsScript.Charts.ChartType {
    this.c('getChartType');
    return this.s.type;
  }
  getRanges(): Range[] {
    this.c('getRanges');
    return this.rt.realm.list(this.s.ranges.map((r) => real<Range>(r)));
  }
  removeRange(range: Range): Builder {
    const own = this.sheet.ownRange(range);
    this.s.ranges = this.s.ranges.filter((r) => r.a1() !== own.a1() || r.sheet !== own.sheet);
    return this.c('removeRange');
  }
  setChartType(type: GoogleAppsScript.Charts.ChartType): Builder {
    this.s.type = type;
    return this.c('setChartType');
  }
  setNumHeaders(n: number): Builder {
    this.s.numHeaders = n;
    return this.c('setNumHeaders');
  }
  setOption(option: string, value: unknown): Builder {
    this.s.options.set(option, value);
    return this.c('setOption');
  }
  setPosition(row: number, column: number, offsetX: number, offsetY: number): Builder {
    this.s.position = { row, column, offsetX, offsetY };
    return this.c('setPosition');
  }
  setTransposeRowsAndColumns(t: boolean): Builder {
    this.s.transpose = t;
    return this.c('setTransposeRowsAndColumns');
  }

  build(): Chart {
    this.c('build');
    return real(new FakeEmbeddedChart(this.rt, this.sheet, cloneState(this.s), this.chartId));
  }
}

export function newChartState(): ChartState {
  return {
    type: ChartType.COLUMN,
    ranges: [],
    position: { row: 1, column: 1, offsetX: 0, offsetY: 0 },
    options: new Map(),
    numHeaders: -1,
    transpose: false,
  };
}

export class FakeEmbeddedChart implements Pick<
  Chart,
  'getAs' | 'getBlob' | 'getChartId' | 'getContainerInfo' | 'getNumHeaders' | 'getOptions' | 'getRanges' | 'getTransposeRowsAndColumns' | 'modify'
> {
  constructor(
    private readonly rt: FakeRuntime,
    private readonly sheet: FakeSheet,
    readonly state: ChartState,
    public chartId: number | null,
  ) {}

  private c(m: string): void {
    this.rt.call('SpreadsheetApp', `EmbeddedChart.${m}`);
  }

  /** What the chart shows, as text: the image blob's data (tests can read it). */
  describe(): string {
    return JSON.stringify({
      type: String(this.state.type),
      ranges: this.state.ranges.map((r) => `${r.sheet.name}!${r.a1()}`),
      options: Object.fromEntries(this.state.options),
    });
  }

  getAs(contentType: string): GoogleAppsScript.Base.Blob {
    this.c('getAs');
    if (!contentType.startsWith('image/') && contentType !== 'application/pdf') this.rt.fail(`Converting to ${contentType} is not supported.`);
    const ext = contentType === 'application/pdf' ? 'pdf' : contentType.slice('image/'.length);
    return real(new FakeBlob(this.rt, this.describe(), contentType, `chart.${ext}`, 'SpreadsheetApp'));
  }

  getBlob(): GoogleAppsScript.Base.Blob {
    this.c('getBlob');
    return real(new FakeBlob(this.rt, this.describe(), 'image/png', 'chart.png', 'SpreadsheetApp'));
  }

  getChartId(): number | null {
    this.c('getChartId');
    return this.chartId;
  }

  getContainerInfo(): GoogleAppsScript.Spreadsheet.ContainerInfo {
    this.c('getContainerInfo');
    const p = this.state.position;
    const info: GoogleAppsScript.Spreadsheet.ContainerInfo = {
      getAnchorColumn: () => p.column,
      getAnchorRow: () => p.row,
      getOffsetX: () => p.offsetX,
      getOffsetY: () => p.offsetY,
    };
    return info;
  }

  getNumHeaders(): number {
    this.c('getNumHeaders');
    return this.state.numHeaders;
  }

  getOptions(): GoogleAppsScript.Charts.ChartOptions {
    this.c('getOptions');
    const options = this.state.options;
    const out: GoogleAppsScript.Charts.ChartOptions = { get: (name) => options.get(name) ?? null };
    return out;
  }

  getRanges(): Range[] {
    this.c('getRanges');
    return this.rt.realm.list(this.state.ranges.map((r) => real<Range>(r)));
  }
  getTransposeRowsAndColumns(): boolean {
    this.c('getTransposeRowsAndColumns');
    return this.state.transpose;
  }

  modify(): Builder {
    this.c('modify');
    return real(new FakeEmbeddedChartBuilder(this.rt, this.sheet, cloneState(this.state), this.chartId));
  }
}
