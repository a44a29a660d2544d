/** Choosing the semester of a report: the default one, and what a person types. */
import { daysBetween, previousSemester, semesterOf, semesterStart, type DaySerial, type Semester } from '../calendar';

/** During the first days of a semester the report is usually about the one that just ended. */
export const GRACE_DAYS = 30;

/** The current semester, or the previous one during the first GRACE_DAYS days of a semester. */
export function defaultSemester(today: DaySerial, graceDays: number = GRACE_DAYS): Semester {
  const current = semesterOf(today);
  return daysBetween(semesterStart(current), today) < graceDays ? previousSemester(current) : current;
}

const FILLER = new Set(['SEMESTRE', 'SEM', 'DE', 'DEL', 'ANO', 'PERIODO']);

/**
 * Reads "2025-II", "2025-I", "I 2025", "II-2025", "2025/2", "semestre II de 2025", "2025ii"…
 * One year (2000–2099) and one half (I, II, 1 or 2); anything else gives null.
 */
export function parseSemesterInput(text: string): Semester | null {
  const folded = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/(\d)([A-Z])/g, '$1 $2')
    .replace(/([A-Z])(\d)/g, '$1 $2');
  const tokens = folded.split(/[^A-Z0-9]+/).filter((t) => t !== '' && !FILLER.has(t));
  let year: number | null = null;
  let half: 1 | 2 | null = null;
  for (const t of tokens) {
    if (/^\d{4}$/.test(t) && year === null) year = Number(t);
    else if ((t === 'I' || t === '1') && half === null) half = 1;
    else if ((t === 'II' || t === '2') && half === null) half = 2;
    else return null;
  }
  if (year === null || half === null || year < 2000 || year > 2099) return null;
  return { year, half };
}
