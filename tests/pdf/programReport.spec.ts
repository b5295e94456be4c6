// @vitest-environment node
/**
 * Issue 18: the coaching-cycle section of the principal's report PDF and its CSV, per policy:
 * counts only under "shares nothing", teacher labels and goal topics (never names, measures or
 * outcomes per teacher) under "what and with whom", and never a private text under any policy.
 */
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { renderTimeReportPdf } from '@/pdf/timeReport'
import { programCsv } from '@/export/csv'
import type { CycleSession } from '@/domain/schemas/cycle'
import { readPdf, testFonts } from '../support/pdfDocument'
import { confidentiality, reportUnder } from '../support/reportPolicies'
import { cycleRecord } from '../support/cycleSeed'

const PRIVATE = ['Dana Whitfield', 'Marcus Bell', 'Priya Natarajan', 'Half the class rushes', 'I felt watched at first']
const cycles = [
  cycleRecord({
    id: 'c1',
    teacherName: 'Dana Whitfield',
    teacherLabel: 'DW',
    currentReality: 'Half the class rushes',
    reflection: 'I felt watched at first',
    outcome: { result: 'met', date: '2026-11-02', reason: '' },
  }),
  cycleRecord({
    id: 'c2',
    teacherName: 'Marcus Bell',
    teacherLabel: 'MB',
    goal: 'Every student explains a solution aloud each week.',
    outcome: { result: 'met', date: '2026-11-09', reason: '' },
  }),
  cycleRecord({
    id: 'c3',
    teacherName: 'Priya Natarajan',
    teacherLabel: '',
    goal: 'Exit tickets show 80% mastery in reading.',
    outcome: null,
  }),
].map((c) => ({ ...c, schoolId: 'lincoln' }))
const sessions: CycleSession[] = ['c1', 'c2', 'c3'].map((cycleId, i) => ({
  id: `s${i}`,
  cycleId,
  schoolId: 'lincoln',
  schoolYearId: 'year-1',
  date: '2026-10-05',
  minutes: 45,
  kind: 'observation',
  rowKey: 'bucket:coaching',
  note: '',
  createdAt: 1,
  updatedAt: 1,
}))

async function outputs(policy: Parameters<typeof confidentiality>[0]) {
  const { report } = reportUnder(confidentiality(policy), [], { cycles, cycleSessions: sessions })
  const { bytes } = await renderTimeReportPdf(report, null, testFonts)
  const pdf = (await readPdf(bytes)).pages.join('\n').replace(/\s+/g, ' ')
  const csv = Papa.parse<string[]>(programCsv(report).slice(1), { skipEmptyLines: true }).data
  return { pdf, csv, csvText: csv.map((r) => r.join('|')).join('\n') }
}

describe('the coaching-cycle section per policy', { timeout: 60_000 }, () => {
  it('“shares nothing”: goals set and met as counts, no teacher and no goal', async () => {
    const d = await outputs('nothing-shared')
    expect(d.pdf).toContain('Coaching cycles: the goals teachers set and met')
    expect(d.csv).toContainEqual(expect.arrayContaining(['Figure', 'Goals set', '3']))
    expect(d.csv).toContainEqual(expect.arrayContaining(['Figure', 'Cycles started', '3']))
    // Two teachers met their goals: too few to show without pointing at them.
    expect(d.csv).toContainEqual(expect.arrayContaining(['Figure', 'Met', 'Withheld']))
    expect(d.pdf).toContain('fewer than 3')
    for (const text of [...PRIVATE, 'DW', 'Every student explains']) {
      expect(d.pdf).not.toContain(text)
      expect(d.csvText).not.toContain(text)
    }
    expect(d.csv.some((r) => r[0] === 'Teacher')).toBe(false)
  })

  it('“what and with whom”: labels and goal topics, never names or private texts', async () => {
    const d = await outputs('what-and-whom')
    expect(d.csv).toContainEqual(['Teacher', 'MB', 'Every student explains a solution aloud each week.', ''])
    expect(d.csv.filter((r) => r[0] === 'Teacher').map((r) => r[1])).toEqual(expect.arrayContaining(['DW', 'MB']))
    expect(d.pdf).toContain('Every student explains a solution aloud each week.')
    for (const text of PRIVATE) {
      expect(d.pdf).not.toContain(text)
      expect(d.csvText).not.toContain(text)
    }
  })
})
