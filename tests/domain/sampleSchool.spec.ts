import { describe, expect, it } from 'vitest'
import { sumHours } from '@/domain/hours'
import { projectSplit } from '@/domain/projection'
import { buildSampleSchool, isSample, sampleWeeks, schoolNameWithBadge, SAMPLE_BADGE } from '@/domain/sampleSchool'
import { schoolSchema } from '@/domain/schemas'
import { sharesOfEntries } from '@/domain/shares'
import { weekStartOf } from '@/domain/schoolWeeks'
import { catalogTasks } from '../support/catalogTasks'

const tasks = catalogTasks()
const year = { id: 'y1', startDate: '2026-08-17', endDate: '2027-06-11', firstDayOfWeek: 1 as const, markedWeeks: [] }
let n = 0
const newId = () => `id-${++n}`
const build = (today = '2026-12-03') => buildSampleSchool({ tasks, schoolYear: year, coachName: 'Renée Okafor', today, now: 5, newId })

describe('the sample school', () => {
  it('is a valid school record marked as the sample', () => {
    const { school } = build()
    expect(schoolSchema.parse(school).sample).toBe(true)
    expect(isSample(school)).toBe(true)
    expect(isSample({ sample: undefined })).toBe(false)
    expect(schoolNameWithBadge(school)).toBe(`Maple Grove Elementary (${SAMPLE_BADGE})`)
    expect(schoolNameWithBadge({ name: 'Lincoln', sample: undefined })).toBe('Lincoln')
  })

  it('decides every task, and the plan meets both targets', () => {
    const { decisions, agreement } = build()
    expect(decisions).toHaveLength(tasks.length)
    expect(decisions.every((d) => d.choice === 'will' || d.choice === 'wont')).toBe(true)
    expect(decisions.filter((d) => d.choice === 'wont').every((d) => d.insteadBy.length > 0)).toBe(true)
    expect(decisions.filter((d) => d.choice === 'will').every((d) => (d.weeklyHours ?? 0) > 0)).toBe(true)
    // Quarter hours only.
    expect(decisions.every((d) => d.weeklyHours === null || Number.isInteger(d.weeklyHours * 4))).toBe(true)
    const bucket = new Map(tasks.map((t) => [t.id, t.bucket]))
    const split = projectSplit(
      decisions.filter((d) => d.choice === 'will').map((d) => ({ bucket: bucket.get(d.taskId)!, weeklyHours: d.weeklyHours })),
      agreement.targets,
    )
    expect(split.status).toBe('meets')
    expect(split.totalHours).toBe(36)
    // The tasks a principal helps the coach say no to stay won't-do.
    const choice = new Map(decisions.map((d) => [d.taskId, d.choice]))
    for (const id of ['leading-plcs', 'walk-throughs', 'state-testing', 'leading-workshops'])
      expect(choice.get(`cat-other-${id}`)).toBe('wont')
    expect(choice.get('cat-other-principal-meetings')).toBe('will')
    expect(agreement.status).toBe('draft')
    expect(decisions.every((d) => d.agreementId === agreement.id)).toBe(true)
  })

  it('logs the last three whole school weeks before today, never a week to come', () => {
    const { entries, school } = build('2026-12-03')
    const weeks = [...new Set(entries.map((e) => weekStartOf(e.date, 1)))].sort()
    expect(weeks).toEqual(['2026-11-09', '2026-11-16', '2026-11-23'])
    expect(entries.every((e) => e.date < '2026-12-03' && e.schoolId === school.id)).toBe(true)
    expect(entries.every((e) => Number.isInteger(e.hours * 4) && e.hours > 0)).toBe(true)
    // Each week holds the planned 36 hours; the middle one drifts below the coaching target.
    const ofWeek = (w: string) => entries.filter((e) => weekStartOf(e.date, 1) === w)
    expect(weeks.map((w) => sumHours(ofWeek(w)))).toEqual([36, 36, 36])
    const coaching = weeks.map((w) => sharesOfEntries(ofWeek(w)).percent!.coaching)
    expect(coaching[0]).toBeGreaterThanOrEqual(60)
    expect(coaching[1]).toBeLessThan(60)
    expect(coaching[2]).toBeGreaterThanOrEqual(60)
    for (const w of weeks) expect(sharesOfEntries(ofWeek(w)).percent!.learning).toBeGreaterThanOrEqual(10)
    // Days look like a real week: no day carries every row's leftover quarters.
    for (const w of weeks) {
      const days = [...new Set(ofWeek(w).map((e) => e.date))].map((d) => sumHours(entries.filter((e) => e.date === d)))
      expect(Math.max(...days) - Math.min(...days), w).toBeLessThanOrEqual(2)
    }
  })

  it('skips marked weeks and logs nothing before the year has a whole past week', () => {
    const marked = { ...year, markedWeeks: [{ weekStart: '2026-11-23', kind: 'holiday' as const, label: 'Thanksgiving' }] }
    expect(sampleWeeks(marked, '2026-12-03').map((w) => w.weekStart)).toEqual(['2026-11-02', '2026-11-09', '2026-11-16'])
    const early = build('2026-08-20')
    expect(early.entries).toEqual([])
    expect(early.agreement.meeting.date).toBe('2026-08-17')
    expect(build('2026-07-01').agreement.meeting.date).toBeNull()
  })
})
