import type { DaySerial, Semester } from '../core/calendar';
import { renderReportHtml } from '../core/report/html/render';
import { reportSemester } from '../core/report/input';
import type { Evaluation } from './evaluate-data';
import { informeModel, informeSheet } from './sheets/informe';
import type { TrackerData } from './tracker-data';
import { writeWorkbook } from './workbook';
import { writeWorkbookFile, type CompanionFile } from './write-file';

export interface ExportSettings {
  readonly today: DaySerial;
  readonly now: Date;
  /** The Informe's semester; by default the report's default for the fecha de cálculo. */
  readonly semester?: Semester;
  readonly onProgress?: (step: string) => void;
  /** The compliance chart on the Tablero and the Informe; on unless false. */
  readonly chart?: boolean;
  /** Also writes the report as a web page beside the workbook (same name, .html). */
  readonly web?: boolean;
}

/** The web page's path: the workbook's with .html instead of .xlsx. */
export function webPageFile(workbookFile: string): string {
  return workbookFile.replace(/\.xlsx$/i, '') + '.html';
}

/** The whole export: the workbook with every sheet (Informe included), written atomically to `file`. */
export async function exportTracker(data: TrackerData, file: string, s: ExportSettings): Promise<void> {
  const semester = s.semester ?? reportSemester(data.settings, s.today);
  let evaluation: Evaluation | undefined;
  const companions: CompanionFile[] = [];
  if (s.web) {
    companions.push({
      file: webPageFile(file),
      text: () => {
        if (!evaluation) throw new Error('the workbook was not written');
        return renderReportHtml(informeModel(data, evaluation, semester, s.today));
      },
    });
  }
  await writeWorkbookFile(
    file,
    async (tmp) => {
      evaluation = await writeWorkbook(data, tmp, {
        today: s.today,
        now: s.now,
        onProgress: s.onProgress,
        chart: s.chart !== false,
        informe: (book, options, ev, chart) => informeSheet(book, options, data, ev, semester, s.today, chart),
      });
    },
    companions,
  );
}
