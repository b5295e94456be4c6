import { describe, expect, it } from 'vitest'
import { cyclePhase } from '@/domain/cycles/cycleList'
import { sessionPartOf, typedPart } from '@/domain/cycles/sessionHours'
import { sumHours } from '@/domain/hours'
import { buildSampleSchool } from '@/domain/sampleSchool'
import { timeEntrySchema } from '@/domain/schemas'
import { coachingCycleSchema, cycleSessionSchema } from '@/domain/schemas/cycle'
import { weekStartOf } from '@/domain/schoolWeeks'
import { catalogTasks } from '../support/catalogTasks'

const tasks = catalogTasks()
const year = { id: 'y1', startDate: '2026-08-17', endDate: '2027-06-11', firstDayOfWeek: 1 as const, markedWeeks: [] }
let n = 0
const newId = () => `id-${++n}`
const build = (today = '2026-12-03') => buildSampleSchool({ tasks, schoolYear: year, coachName: 'Renée Okafor', today, now: 5, newId })

/** Hours per row and week: what the time log shows as the week's row totals. */
function rowWeekTotals(entries: ReadonlyArray<{ date: string; rowKey: string; hours: number }>) {
  const totals = new Map<string, number>()
  for (const e of entries) {
    const key = `${weekStartOf(e.date, 1)}|${e.rowKey}`
    totals.set(key, (totals.get(key) ?? 0) + e.hours)
  }
  return totals
}

describe('the sample school’s coaching cycles', () => {
  it('holds a finished cycle with its goal met, one under way and one just begun, all valid records', () => {
    const { cycles, school } = build()
    expect(cycles.map((c) => c.teacherLabel)).toEqual(['J.E.', 'P.N.', 'M.B.'])
    expect(cycles.map(cyclePhase)).toEqual(['finished', 'improve', 'identify'])
    for (const c of cycles) {
      expect(coachingCycleSchema.safeParse(c).success).toBe(true)
      expect(c.schoolId).toBe(school.id)
      expect(c.schoolYearId).toBe('y1')
      expect(c.progressChecks.every((p) => p.date < '2026-12-03')).toBe(true)
    }
    const [met, underway] = cycles
    expect(met!.outcome?.result).toBe('met')
    expect(met!.progressChecks.at(-1)!.value).toBeGreaterThanOrEqual(met!.target!.value)
    expect(underway!.progressChecks.map((p) => p.value)).toEqual([44, 52])
    expect(underway!.target!.date > '2026-12-03').toBe(true)
    expect(new Set(cycles.flatMap((c) => c.progressChecks.map((p) => p.id))).size).toBe(5)
  })

  it('logs each session inside a cell the sample logged, without changing any week’s or row’s hours', () => {
    const { cycleSessions, entries, cycles } = build()
    expect(cycleSessions.length).toBe(8)
    const cycleIds = new Set(cycles.map((c) => c.id))
    for (const s of cycleSessions) {
      expect(cycleSessionSchema.safeParse(s).success).toBe(true)
      expect(cycleIds.has(s.cycleId)).toBe(true)
      expect(s.minutes).toBe(30)
      expect(s.rowKey.startsWith('cat-coaching-')).toBe(true)
    }
    // Every cell's session part is the one rule's part of its sessions' minutes.
    for (const e of entries) {
      expect(timeEntrySchema.safeParse(e).success).toBe(true)
      const minutes = cycleSessions.filter((s) => s.date === e.date && s.rowKey === e.rowKey).reduce((m, s) => m + s.minutes, 0)
      expect(e.sessionHours ?? 0).toBe(sessionPartOf(minutes))
      expect(typedPart(e)).toBeGreaterThanOrEqual(0)
    }
    for (const s of cycleSessions) expect(entries.some((e) => e.date === s.date && e.rowKey === s.rowKey)).toBe(true)
    // The same week without cycles: totals per week and per row are unchanged.
    const weeks = [...new Set(entries.map((e) => weekStartOf(e.date, 1)))].sort()
    expect(weeks.map((w) => sumHours(entries.filter((e) => weekStartOf(e.date, 1) === w)))).toEqual([36, 36, 36])
    const plain = buildSampleSchool({ tasks, schoolYear: year, coachName: 'R', today: '2026-12-03', now: 5, newId })
    expect(rowWeekTotals(entries)).toEqual(rowWeekTotals(plain.entries))
  })

  it('has no cycles before a week has been logged, and fewer checks when fewer weeks are', () => {
    const early = build('2026-08-20')
    expect(early.cycles).toEqual([])
    expect(early.cycleSessions).toEqual([])
    // One whole past week: every cycle starts in it, and none is finished yet.
    const oneWeek = build('2026-08-25')
    expect(oneWeek.cycles).toHaveLength(3)
    expect(oneWeek.cycles.map(cyclePhase)).toEqual(['improve', 'improve', 'identify'])
    expect(oneWeek.cycles.every((c) => c.startDate === '2026-08-17')).toBe(true)
    for (const c of oneWeek.cycles) expect(coachingCycleSchema.safeParse(c).success).toBe(true)
  })
})
