import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { csvFileName, rawEntriesCsv, toCsv, weeklySummaryCsv, BYTE_ORDER_MARK } from '@/export/csv'
import { weekFlags } from '@/domain/flags'
import { weeklyShares, type LoggedTime } from '@/domain/shares'

const year = { startDate: '2026-08-31', endDate: '2026-09-13', firstDayOfWeek: 1 as const, markedWeeks: [] }
const targets = { coachingPct: 60, learningPct: 10 }
const parse = (csv: string) => Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data

describe('CSV export', () => {
  it('starts with a byte-order mark, ends lines with CRLF and defuses formula-like text', () => {
    const csv = toCsv(['Name', 'Hours'], [['=1+2', 1], ['+SUM(A1)', 2], ['-3', 3], ['@cmd', 4], ['\tTab', 5], ['\rCR', 6], ['=A1\n=B2', 7], ['Plain, with "quotes"', -1.5]])
    expect(csv.startsWith(BYTE_ORDER_MARK)).toBe(true)
    expect(csv).toContain('\r\n')
    const rows = parse(csv)
    expect(rows.slice(1).map((r) => r[0])).toEqual(["'=1+2", "'+SUM(A1)", "'-3", "'@cmd", "'\tTab", "'\rCR", "'=A1\n=B2", 'Plain, with "quotes"'])
    // Numbers stay numbers, negative ones included.
    expect(rows[8]![1]).toBe('-1.5')
  })

  it('weekly summary: week, school, hours per bucket, total, shares, status and flags', () => {
    const entries: LoggedTime[] = [
      { schoolId: 's', date: '2026-08-31', taskId: null, bucket: 'coaching', hours: 5 },
      { schoolId: 's', date: '2026-09-01', taskId: null, bucket: 'other', hours: 5 },
      { schoolId: 's', date: '2026-09-08', taskId: null, bucket: 'coaching', hours: 6.25 },
      { schoolId: 's', date: '2026-09-08', taskId: null, bucket: 'learning', hours: 1 },
      { schoolId: 's', date: '2026-09-09', taskId: null, bucket: 'other', hours: 2.75 },
    ]
    const weeks = weeklyShares(entries, year).map((w) => weekFlags(w, targets))
    const rows = parse(weeklySummaryCsv([{ school: 'Ünïcode Schöol', weeks }]))
    expect(rows[0]).toEqual(['Week start', 'Week end', 'School', 'Week type', 'Coaching hours', 'Professional learning hours', 'Other duties hours', 'Total hours', 'Coaching %', 'Professional learning %', 'Other duties %', 'Status', 'Flags'])
    expect(rows[1]).toEqual(['2026-08-31', '2026-09-06', 'Ünïcode Schöol', 'School week', '5', '0', '5', '10', '50', '0', '50', 'Below target', 'Coaching 50% is below the 60% target; Professional learning 0% is below the 10% target'])
    expect(rows[2]!.slice(4, 12)).toEqual(['6.25', '1', '2.75', '10', '62.5', '10', '27.5', 'On target'])
  })

  it('raw entries: only the period, oldest first, with school and task names and won’t-do marked', () => {
    const entries: LoggedTime[] = [
      { schoolId: 's2', date: '2026-09-02', taskId: 't2', bucket: 'other', hours: 1.5 },
      { schoolId: 's1', date: '2026-09-02', taskId: 't1', bucket: 'coaching', hours: 2 },
      { schoolId: 's1', date: '2026-09-01', taskId: null, bucket: 'learning', hours: 0.25 },
      { schoolId: 's1', date: '2026-09-20', taskId: 't1', bucket: 'coaching', hours: 9 },
    ]
    const csv = rawEntriesCsv({
      entries, from: '2026-09-01', to: '2026-09-13', firstDayOfWeek: 1,
      schoolName: (id) => (id === 's1' ? 'Lincoln' : 'Washington'), taskTitle: (id) => (id === 't1' ? 'Cycles' : '-Lunch duty'),
      wontDo: new Map([['s2', new Set(['t2'])]]),
    })
    expect(parse(csv)).toEqual([
      ['Date', 'Week start', 'School', 'Task', 'Bucket', 'Hours', 'Won’t-do task'],
      ['2026-09-01', '2026-08-31', 'Lincoln', '', 'Professional learning', '0.25', 'no'],
      ['2026-09-02', '2026-08-31', 'Lincoln', 'Cycles', 'Coaching', '2', 'no'],
      ['2026-09-02', '2026-08-31', 'Washington', "'-Lunch duty", 'Other duties', '1.5', 'yes'],
    ])
  })

  it('file names are plain ASCII slugs', () => {
    expect(csvFileName('weekly', ['2026–27', 'École Saint-Joseph', '2026-09-01'])).toBe('coach-time-weekly_2026-27_ecole-saint-joseph_2026-09-01.csv')
  })
})
