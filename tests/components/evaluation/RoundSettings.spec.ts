import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import RoundSettings from '@/components/evaluation/RoundSettings.vue'
import { db } from '@/db/database'
import { createRound } from '@/db/evaluation'
import { resetDatabase } from '../../support/database'
import { seedFirstRun } from '../../support/seed'

const until = <T>(check: () => T) => vi.waitFor(check, { timeout: 5_000, interval: 20 })

describe('RoundSettings', () => {
  beforeEach(async () => {
    await resetDatabase()
    setActivePinia(createPinia())
  })

  it('never lets fewer than 3 teachers show results, says so at the field, and saves a higher number', async () => {
    const { schoolId, schoolYearId } = await seedFirstRun()
    const round = await createRound({ schoolYearId, schoolIds: [schoolId], label: 'Spring', closingDate: '2099-06-01' }, '2027-03-01')
    const w = mount(RoundSettings, { props: { round }, attachTo: document.body })
    expect((w.get('#round-settings-min').element as HTMLInputElement).value).toBe('3')
    for (const [typed, message] of [
      ['2', 'At least 3 teachers must answer before their results show.'],
      ['three', 'Enter a whole number, 3 or more.'],
    ] as const) {
      await w.get('#round-settings-min').setValue(typed)
      await w.get('form').trigger('submit')
      await until(() => expect(w.get('#round-settings-min-error').text()).toBe(message))
      expect((w.get('#round-settings-min').element as HTMLInputElement).value).toBe(typed)
      expect((await db.evaluationRounds.get(round.id))!.minTeachers).toBeUndefined()
    }
    await w.get('#round-settings-min').setValue('5')
    await w.get('form').trigger('submit')
    await until(async () => expect((await db.evaluationRounds.get(round.id))!.minTeachers).toBe(5))
    w.unmount()
  })
})
