/**
 * CSV files for spreadsheets: the principal's weekly summary (what the report holds, per the
 * agreed confidentiality policy) and the coach's own raw entries of a period.
 *
 * Quoting is left to Papa Parse. What makes the files open cleanly in Excel, LibreOffice and
 * Google Sheets: UTF-8 with a byte-order mark (Excel otherwise guesses a legacy code page and
 * breaks accents), CRLF line ends, ISO dates (yyyy-mm-dd, read as dates everywhere), plain
 * numbers with a dot (hours in the app's one hours format, exactly as shown on screen), and text cells that start with = + - @ tab or CR prefixed with an
 * apostrophe so a spreadsheet never runs them as a formula (CSV injection).
 */
import Papa from 'papaparse'
import { BUCKET_LABELS, type Bucket } from '@/domain/buckets'
import type { IsoDate } from '@/domain/dates'
import { formatHours } from '@/domain/hours'
import { isDrift } from '@/domain/flags'
import type { WontDoTasks } from '@/domain/wontDo'
import type { PrincipalReport } from '@/domain/report'
import { figureText, programRows } from '@/domain/report/programCells'
import type { LoggedTime } from '@/domain/shares'
import { weekStartOf, type FirstDayOfWeek } from '@/domain/schoolWeeks'

export const BYTE_ORDER_MARK = '\uFEFF'
/** Papa Parse's own pattern misses a formula followed by a line break, so the check is only on the first character. */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/

export type CsvCell = string | number | null

export function toCsv(header: readonly string[], rows: readonly CsvCell[][]): string {
  return (
    BYTE_ORDER_MARK +
    Papa.unparse({ fields: [...header], data: rows.map((r) => [...r]) }, { escapeFormulae: FORMULA_START, newline: '\r\n' })
  )
}

/** Percent floored to a tenth, as the app shows it; empty when nothing was logged. */
const percentCell = (p: number | undefined) => (p === undefined ? null : Math.floor(p * 10 + 1e-9) / 10)

const BUCKET_HEADER = [
  `${BUCKET_LABELS.coaching} hours`,
  `${BUCKET_LABELS.learning} hours`,
  `${BUCKET_LABELS.other} hours`,
  'Total hours',
  `${BUCKET_LABELS.coaching} %`,
  `${BUCKET_LABELS.learning} %`,
  `${BUCKET_LABELS.other} %`,
] as const
export const PRINCIPAL_HEADER = [
  'Week start',
  'Week end',
  'School',
  'Week type',
  ...BUCKET_HEADER,
  'Status',
  'Flags',
  'Won’t-do hours',
] as const
export const TASKS_COLUMN = 'Tasks (hours)'

/**
 * The principal's CSV: the report's weekly table, drawn from the `PrincipalReport` alone, so it
 * can never carry more than the agreed policy lets the report carry. Task names appear (in a
 * column of their own) only when the report names tasks. Weeks after today are not in it.
 */
export function principalCsv(report: PrincipalReport): string {
  const namesTasks = report.policy.taskNames === 'all' || report.policy.chosenTasks.length > 0
  const scopeName = report.bySchool.length ? 'All schools' : report.scope
  const blocks = [...report.bySchool, { school: scopeName, weeks: report.weeks }]
  const rows = blocks
    .flatMap((b) => b.weeks.map((w) => ({ school: b.school, w })))
    .sort((a, b) => a.w.weekStart.localeCompare(b.w.weekStart))
    .map(({ school, w }): CsvCell[] => {
      const { hours, total, percent } = w.shares
      const row: CsvCell[] = [
        w.weekStart,
        w.weekEnd,
        school,
        w.kind,
        formatHours(hours.coaching),
        formatHours(hours.learning),
        formatHours(hours.other),
        formatHours(total),
        percentCell(percent?.coaching),
        percentCell(percent?.learning),
        percentCell(percent?.other),
        w.statusLabel,
        w.flags.join('; '),
        w.driftHours === null ? null : formatHours(w.driftHours),
      ]
      if (namesTasks) row.push(w.tasks.map((t) => `${t.task}: ${formatHours(t.hours)}`).join('; '))
      return row
    })
  return toCsv(namesTasks ? [...PRINCIPAL_HEADER, TASKS_COLUMN] : PRINCIPAL_HEADER, rows)
}

export const ENTRIES_HEADER = ['Date', 'Week start', 'School', 'Task', 'Bucket', 'Hours', 'Won’t-do task'] as const

export interface EntriesCsvInput {
  entries: readonly LoggedTime[]
  from: IsoDate
  to: IsoDate
  firstDayOfWeek: FirstDayOfWeek
  schoolName: (schoolId: string) => string
  taskTitle: (taskId: string) => string
  wontDo: WontDoTasks
}

/**
 * The coach's own CSV: every entry dated inside the period, oldest first, with task names
 * whatever the policy (it is the coach's record, not for the principal); time logged on a
 * bucket as a whole has no task.
 */
export function rawEntriesCsv(input: EntriesCsvInput): string {
  const inPeriod = input.entries.filter((e) => e.date >= input.from && e.date <= input.to)
  const rows = inPeriod.map((e) => ({
    e,
    school: input.schoolName(e.schoolId),
    task: e.taskId ? input.taskTitle(e.taskId) : '',
  }))
  rows.sort((a, b) => a.e.date.localeCompare(b.e.date) || a.school.localeCompare(b.school) || a.task.localeCompare(b.task))
  const weekOf = new Map<IsoDate, IsoDate>()
  return toCsv(
    ENTRIES_HEADER,
    rows.map(({ e, school, task }) => {
      let week = weekOf.get(e.date)
      if (!week) {
        week = weekStartOf(e.date, input.firstDayOfWeek)
        weekOf.set(e.date, week)
      }
      return [e.date, week, school, task, BUCKET_LABELS[e.bucket as Bucket], formatHours(e.hours), isDrift(e, input.wontDo) ? 'yes' : 'no']
    }),
  )
}

/**
 * The coaching program section of the principal's report as its own CSV: one row per figure, then
 * per strategy, then (only where the policy lets the report name them) who was coached on what.
 */
export function programCsv(report: PrincipalReport): string {
  const { program } = report
  const rows: CsvCell[][] = [
    ...programRows(program).map(([label, value, covers]): CsvCell[] => ['Figure', label, value, covers]),
    ...program.byStrategy.map((s): CsvCell[] => [
      'Strategy',
      s.name,
      `${figureText(s.cycles)} cycles, ${figureText(s.met)} met`,
      s.cycles.covers,
    ]),
    ...program.teachers.map((t): CsvCell[] => ['Teacher', t.label, t.topic, null]),
  ]
  return toCsv(['Kind', 'Name', 'Value', 'Covers'], rows)
}
