import type { DaySerial, Semester } from '../core/calendar';
import { exportMsg } from '../core/messages';
import { reportSemester } from '../core/report/input';
import { informeSheet } from './sheets/informe';
import type { TrackerData } from './tracker-data';
import { buildWorkbook } from './workbook';
import { writeWorkbookFile } from './write-file';

export interface ExportSettings {
  readonly today: DaySerial;
  readonly now: Date;
  /** The Informe's semester; by default the report's default for the fecha de cálculo. */
  readonly semester?: Semester;
  readonly onProgress?: (step: string) => void;
  /**
   * Adds the Tablero's compliance chart. Off by default: ../shared/tools/ooxml-validate cannot
   * compile its own DrawingML schema, so any workbook with a drawing fails it (see README).
   */
  readonly chart?: boolean;
}

/** The whole export: the workbook with every sheet (Informe included), written atomically to `file`. */
export async function exportTracker(data: TrackerData, file: string, s: ExportSettings): Promise<void> {
  const semester = s.semester ?? reportSemester(data.settings, s.today);
  const { wb, charts } = await buildWorkbook(data, {
    today: s.today,
    now: s.now,
    onProgress: s.onProgress,
    chart: s.chart === true,
    informe: (book, ev) => informeSheet(book, data, ev, semester, s.today),
  });
  s.onProgress?.(exportMsg.stepSaving());
  await writeWorkbookFile(wb, file, charts);
}
