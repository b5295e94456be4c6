import { effectScope, nextTick } from 'vue'
import { beforeEach, describe, expect, it } from 'vitest'
import { addPlaybookStrategy, createCycle } from '@/db/cycles'
import { useCycle, useCycles, usePlaybook } from '@/db/cycleQueries'
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
