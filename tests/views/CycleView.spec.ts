import { flushPromises } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '@/db/database'
import { addCycleSession } from '@/db/cycleSessions'
import { formatLongDate } from '@/domain/dates'
import CycleView from '@/views/CycleView.vue'
import { resetDatabase } from '../support/database'
import { cycleRecord } from '../support/cycleSeed'
import { mountWithRouter } from '../support/mountWithRouter'
import { seedFirstRun } from '../support/seed'

async function seedCycleWithSession() {
  const { schoolId, schoolYearId } = await seedFirstRun()
  await db.cycles.put(cycleRecord({ schoolId, schoolYearId, baseline: null, target: null }))
  await addCycleSession({ cycleId: 'cycle-1', date: '2026-10-05', minutes: 90, kind: 'meeting', rowKey: 'bucket:coaching', note: '' })
}

describe('CycleView', () => {
  beforeEach(resetDatabase)

  it('names the start date and, before deleting, says what leaves the time log; keeping it changes nothing', async () => {
    await seedCycleWithSession()
    const { wrapper, router } = await mountWithRouter(CycleView, '/cycles/cycle-1', { real: { cycle: CycleView } })
    await vi.waitFor(() => expect(wrapper.find('h1').text()).toBe('Cycle with Dana Whitfield'))
    expect(wrapper.text()).toContain(`started ${formatLongDate('2026-09-14')}`)
    const askButton = () => wrapper.findAll('button').find((b) => b.text() === 'Delete the cycle…')!
    await askButton().trigger('click')
    await vi.waitFor(() => expect(wrapper.find('[role="alert"]').exists()).toBe(true))
    expect(wrapper.find('[role="alert"]').text()).toContain('deletes its 1 session and takes 1.5 h out of the time log')
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Keep it')!
      .trigger('click')
    expect(await db.cycles.count()).toBe(1)
    expect(await db.timeEntries.count()).toBe(1)

    await askButton().trigger('click')
    await vi.waitFor(() => expect(wrapper.findAll('button').some((b) => b.text() === 'Delete it')).toBe(true))
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Delete it')!
      .trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('cycles'))
    await flushPromises()
    expect(await db.cycles.count()).toBe(0)
    expect(await db.cycleSessions.count()).toBe(0)
    expect(await db.timeEntries.count()).toBe(0)
    wrapper.unmount()
  })
})
