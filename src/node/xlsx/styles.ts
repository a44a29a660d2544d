import { xmlEvents } from './xml';

/** Built-in number formats that show a date or a time (ECMA-376 §18.8.30, plus the East Asian ids 27–36 and 50–58). */
function isBuiltinDate(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

/** Whether a custom format code shows a date or time: d, m, y, h or s outside quotes, escapes and [colour] brackets. */
export function isDateFormatCode(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, '')
    .split(';')[0];
  return /[dmyhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

/** For each cell style index (`s` of a cell), whether it shows a date. */
export async function dateStyles(source: AsyncIterable<Buffer | string> | undefined): Promise<readonly boolean[]> {
  if (!source) return [];
  const custom = new Map<number, string>();
  const xfFormats: number[] = [];
  let inCellXfs = false;
  for await (const batch of xmlEvents(source)) {
    for (const e of batch) {
      if (e.kind === 'open' && e.name === 'numFmt') custom.set(Number(e.attrs.numFmtId), e.attrs.formatCode ?? '');
      else if (e.kind === 'open' && e.name === 'cellXfs') inCellXfs = !e.empty;
      else if (e.kind === 'close' && e.name === 'cellXfs') inCellXfs = false;
      else if (e.kind === 'open' && e.name === 'xf' && inCellXfs) xfFormats.push(Number(e.attrs.numFmtId ?? 0));
    }
  }
  return xfFormats.map((id) => {
    const code = custom.get(id);
    return code !== undefined ? isDateFormatCode(code) : isBuiltinDate(id);
  });
}
