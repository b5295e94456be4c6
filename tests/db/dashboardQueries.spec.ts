import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/db/database'
import { readDashboardData } from '@/db/dashboardQueries'
import { seedTimeEntries } from '../support/seed'
import { SECRET_DECISION_NOTE, seedAgreement, seedEntries, seedTasks, seedWeekNotes } from '../support/dashboardSeed'
import { seedTimeLog } from '../support/timeLogFixtures'
import { resetDatabase } from '../support/database'

describe('readDashboardData', () => {
  beforeEach(resetDatabase)

  it('reads the school year’s entries of one school or all schools, and decisions without their notes', async () => {
    const { lincoln, washington, year } = await seedTimeLog({ secondSchool: true })
    const now = Date.now()
    const { agreement, decisions } = seedAgreement(lincoln.id, year.id, now)
    await db.tasks.bulkPut(seedTasks(now))
    await db.agreements.put(agreement)
    await db.decisions.bulkPut(decisions)
    await db.weekNotes.bulkPut(seedWeekNotes(lincoln.id, ['2026-09-07'], now))
    await seedTimeEntries([
      ...seedEntries({ schoolId: lincoln.id, from: '2026-09-07', to: '2026-09-18', now }),
      ...seedEntries({ schoolId: washington!.id, from: '2026-09-07', to: '2026-09-11', now }),
      // Before the school year: never read.
      ...seedEntries({ schoolId: lincoln.id, from: '2026-08-10', to: '2026-08-14', now, idPrefix: 'old' }),
    ])

    const one = await readDashboardData(lincoln.id, null)
    expect(one!.entries.every((e) => e.schoolId === lincoln.id && e.date >= '2026-08-17')).toBe(true)
    expect(one!.entries).toHaveLength(seedEntries({ schoolId: lincoln.id, from: '2026-09-07', to: '2026-09-18', now }).length)
    const all = await readDashboardData(null, null)
    expect(new Set(all!.entries.map((e) => e.schoolId))).toEqual(new Set([lincoln.id, washington!.id]))
    const through = await readDashboardData(null, '2026-09-11')
    expect(through!.entries.every((e) => e.date <= '2026-09-11')).toBe(true)

    const stored = one!.agreements.get(lincoln.id)!
    expect(stored.targets).toEqual({ coachingPct: 60, learningPct: 10 })
    expect(stored.decisions).toHaveLength(decisions.length)
    expect(Object.keys(stored.decisions[0]!).sort()).toEqual(['choice', 'taskId', 'weeklyHours'])
    expect(JSON.stringify(one)).not.toContain(SECRET_DECISION_NOTE)
    expect(one!.agreements.has(washington!.id)).toBe(false)
  })

  it('returns null until a school year is chosen', async () => {
    expect(await readDashboardData(null, null)).toBeNull()
  })
})
