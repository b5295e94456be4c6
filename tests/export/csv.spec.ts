import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { principalCsv, rawEntriesCsv, toCsv, BYTE_ORDER_MARK } from '@/export/csv'
import type { LoggedTime } from '@/domain/shares'
import { confidentiality, reportUnder } from '../support/reportPolicies'

const parse = (csv: string) => Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data

describe('CSV export', () => {
  it('starts with a byte-order mark, ends lines with CRLF and defuses formula-like text', () => {
    const csv = toCsv(
      ['Name', 'Hours'],
      [
        ['=1+2', 1],
        ['+SUM(A1)', 2],
        ['-3', 3],
        ['@cmd', 4],
        ['\tTab', 5],
        ['\rCR', 6],
        ['=A1\n=B2', 7],
        ['Plain, with "quotes"', -1.5],
      ],
    )
    expect(csv.startsWith(BYTE_ORDER_MARK)).toBe(true)
    expect(csv).toContain('\r\n')
    const rows = parse(csv)
    expect(rows.slice(1).map((r) => r[0])).toEqual([
      "'=1+2",
      "'+SUM(A1)",
      "'-3",
      "'@cmd",
      "'\tTab",
      "'\rCR",
      "'=A1\n=B2",
      'Plain, with "quotes"',
    ])
    // Numbers stay numbers, negative ones included.
    expect(rows[8]![1]).toBe('-1.5')
  })

  // Issue 13: the weekly summary is the principal's CSV, drawn from the report (so from the policy).
  it('principal’s weekly summary: week, school, hours per bucket, total, shares, status, flags and won’t-do hours', () => {
    const { report } = reportUnder(confidentiality('nothing-shared'))
    const rows = parse(principalCsv(report))
    expect(rows[0]).toEqual([
      'Week start',
      'Week end',
      'School',
      'Week type',
      'Coaching hours',
      'Professional learning hours',
      'Other duties hours',
      'Total hours',
      'Coaching %',
      'Professional learning %',
      'Other duties %',
      'Status',
      'Flags',
      'Won’t-do hours',
    ])
    expect(rows[1]).toEqual([
      '2026-08-17',
      '2026-08-23',
      'Lincoln Elementary',
      'School week',
      '17',
      '3',
      '1.5',
      '21.5',
      '79',
      '13.9',
      '6.9',
      'On target',
      '',
      '0',
    ])
    const busy = rows.find((r) => r[0] === '2026-08-31')!
    expect(busy.slice(11)).toEqual(['Below target', 'Coaching 48.9% is below the 60% target', '1.5'])
    expect(rows).toHaveLength(1 + 15)
  })

  it('raw entries: only the period, oldest first, with school and task names and won’t-do marked', () => {
    const entries: LoggedTime[] = [
      { schoolId: 's2', date: '2026-09-02', taskId: 't2', bucket: 'other', hours: 1.5 },
      { schoolId: 's1', date: '2026-09-02', taskId: 't1', bucket: 'coaching', hours: 2 },
      { schoolId: 's1', date: '2026-09-01', taskId: null, bucket: 'learning', hours: 0.25 },
      { schoolId: 's1', date: '2026-09-20', taskId: 't1', bucket: 'coaching', hours: 9 },
    ]
    const csv = rawEntriesCsv({
      entries,
      from: '2026-09-01',
      to: '2026-09-13',
      firstDayOfWeek: 1,
      schoolName: (id) => (id === 's1' ? 'Lincoln' : 'Washington'),
      taskTitle: (id) => (id === 't1' ? 'Cycles' : '-Lunch duty'),
      wontDo: new Map([['s2', new Set(['t2'])]]),
    })
    expect(parse(csv)).toEqual([
      ['Date', 'Week start', 'School', 'Task', 'Bucket', 'Hours', 'Won’t-do task'],
      ['2026-09-01', '2026-08-31', 'Lincoln', '', 'Professional learning', '0.25', 'no'],
      ['2026-09-02', '2026-08-31', 'Lincoln', 'Cycles', 'Coaching', '2', 'no'],
      ['2026-09-02', '2026-08-31', 'Washington', "'-Lunch duty", 'Other duties', '1.5', 'yes'],
    ])
  })
})
