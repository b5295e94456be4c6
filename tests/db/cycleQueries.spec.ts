import { effectScope, nextTick } from 'vue'
import { beforeEach, describe, expect, it } from 'vitest'
import { addPlaybookStrategy, createCycle } from '@/db/cycles'
import { useCycle, useCycles, usePlaybook, useYearCycles, useYearSessions } from '@/db/cycleQueries'
import { freshSetup } from './support'

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (check()) return
    await new Promise((r) => setTimeout(r, 10))
    await nextTick()
  }
  throw new Error(`timed out waiting for ${what}`)
}

let ids: { schoolId: string; schoolYearId: string }
beforeEach(async () => {
  ids = await freshSetup()
})

describe('cycle queries', () => {
  it('lists cycles newest start first, follows one cycle and the playbook by name', async () => {
    const scope = effectScope()
    const cycles = scope.run(() => useCycles(ids.schoolId, ids.schoolYearId))!
    const playbook = scope.run(() => usePlaybook(() => ids.schoolId))!
    const base = { ...ids, teacherLabel: '', gradeOrSubject: '' }
    await createCycle({ ...base, teacherName: 'Ann Early', startDate: '2026-09-01' })
    const later = await createCycle({ ...base, teacherName: 'Ben Later', startDate: '2026-10-01' })
    const one = scope.run(() => useCycle(later.id))!
    await addPlaybookStrategy({ schoolId: ids.schoolId, name: 'Zeta', description: '', checklist: [] })
    await addPlaybookStrategy({ schoolId: ids.schoolId, name: 'Alpha', description: '', checklist: [] })
    await until(() => cycles.data.value?.length === 2 && playbook.data.value?.length === 2 && !!one.data.value, 'the answers')
    expect(cycles.data.value!.map((c) => c.teacherName)).toEqual(['Ben Later', 'Ann Early'])
    expect(playbook.data.value!.map((s) => s.name)).toEqual(['Alpha', 'Zeta'])
    expect(one.data.value!.id).toBe(later.id)
    scope.stop()
  })
})

describe('cycle queries over every school of a year', () => {
  it('lists the year’s cycles and sessions of every school, and none of another year', async () => {
    const { db } = await import('@/db/database')
    const { cycleRecord } = await import('../support/cycleSeed')
    const scope = effectScope()
    const cycles = scope.run(() => useYearCycles(() => ids.schoolYearId))!
    const sessions = scope.run(() => useYearSessions(ids.schoolYearId))!
    await db.cycles.bulkPut([
      cycleRecord({ id: 'here', schoolId: ids.schoolId, schoolYearId: ids.schoolYearId, startDate: '2026-09-01' }),
      cycleRecord({ id: 'there', schoolId: 'school-2', schoolYearId: ids.schoolYearId, startDate: '2026-10-01' }),
      cycleRecord({ id: 'before', schoolId: ids.schoolId, schoolYearId: 'year-before' }),
    ])
    const session = { minutes: 30, kind: 'meeting', rowKey: 'bucket:coaching', note: '', createdAt: 1, updatedAt: 1 } as const
    await db.cycleSessions.bulkPut([
      { ...session, id: 's1', cycleId: 'there', schoolId: 'school-2', schoolYearId: ids.schoolYearId, date: '2026-10-02' },
      { ...session, id: 's2', cycleId: 'here', schoolId: ids.schoolId, schoolYearId: ids.schoolYearId, date: '2026-09-02' },
      { ...session, id: 's3', cycleId: 'before', schoolId: ids.schoolId, schoolYearId: 'year-before', date: '2025-09-02' },
    ])
    await until(() => cycles.data.value?.length === 2 && sessions.data.value?.length === 2, 'the year’s answers')
    expect(cycles.data.value!.map((c) => c.id)).toEqual(['there', 'here'])
    expect(sessions.data.value!.map((s) => s.id)).toEqual(['s2', 's1'])
    scope.stop()
  })
})
