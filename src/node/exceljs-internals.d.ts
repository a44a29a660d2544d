// exceljs's own serialisers (lib/xlsx/xform/…), which its typings do not describe: used by
// stream-book.ts for the parts exceljs's streaming writer leaves out (exceljs is pinned to 4.4.0).
declare module 'exceljs/lib/xlsx/xform/*' {
  const Serialiser: new () => {
    prepare?(model: unknown, options: unknown): void;
    toXml(model: unknown): string;
  };
  export default Serialiser;
}

// exceljs's cell range (a merge as its sheet writers keep it).
declare module 'exceljs/lib/doc/range' {
  export default class Range {
    constructor(...args: unknown[]);
    readonly top: number;
    readonly left: number;
    readonly bottom: number;
    readonly right: number;
    intersects(other: Range): boolean;
  }
}

// The streaming writer's own module (stream-book.ts loads it without exceljs's index).
declare module 'exceljs/lib/stream/xlsx/workbook-writer' {
  import type ExcelJS from 'exceljs';
  const WorkbookWriter: typeof ExcelJS.stream.xlsx.WorkbookWriter;
  export default WorkbookWriter;
}
