import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import DistrictItemForm from '@/components/evaluation/DistrictItemForm.vue'
import { db } from '@/db/database'
import { createRound } from '@/db/evaluation'
import { resetDatabase } from '../../support/database'
import { seedFirstRun } from '../../support/seed'

const until = <T>(check: () => T) => vi.waitFor(check, { timeout: 5_000, interval: 20 })

async function seedRound() {
  const { schoolId, schoolYearId } = await seedFirstRun()
  return createRound({ schoolYearId, schoolIds: [schoolId], label: 'Spring 2027', closingDate: '2099-06-01' }, '2027-03-01')
}

describe('DistrictItemForm', () => {
  beforeEach(async () => {
    await resetDatabase()
    setActivePinia(createPinia())
  })

  it('refuses a question missing a wording at that field, keeps what was typed and stores nothing', async () => {
    const round = await seedRound()
    const w = mount(DistrictItemForm, { props: { round }, attachTo: document.body })
    await w.get('#district-teacher').setValue('My coach visits PLC meetings when invited.')
    await w.get('#district-self').setValue('I visit PLC meetings when invited.')
    await w.get('form').trigger('submit')
    await until(() => expect(w.get('#district-administrator-error').text()).toBe('Write the administrator wording.'))
    expect(w.get('#district-administrator').attributes('aria-invalid')).toBe('true')
    expect(document.activeElement).toBe(w.get('#district-administrator').element)
    expect((w.get('#district-teacher').element as HTMLInputElement).value).toBe('My coach visits PLC meetings when invited.')
    expect((await db.evaluationRounds.get(round.id))!.form.items).toHaveLength(round.form.items.length)
    w.unmount()
  })

  it('adds the question to the round’s form in its domain, marked as the district’s', async () => {
    const round = await seedRound()
    const w = mount(DistrictItemForm, { props: { round }, attachTo: document.body })
    await w.get('#district-domain').setValue('trust')
    await w.get('#district-teacher').setValue('My coach visits PLC meetings when invited.')
    await w.get('#district-administrator').setValue('The coach visits PLC meetings when invited.')
    await w.get('#district-self').setValue('I visit PLC meetings when invited.')
    await w.get('form').trigger('submit')
    await until(async () => expect((await db.evaluationRounds.get(round.id))!.form.items).toHaveLength(round.form.items.length + 1))
    const added = (await db.evaluationRounds.get(round.id))!.form.items.at(-1)!
    expect(added).toMatchObject({ domain: 'trust', origin: 'district', hidden: false })
    expect(added.wording.administrator).toBe('The coach visits PLC meetings when invited.')
    await until(() => expect((w.get('#district-teacher').element as HTMLInputElement).value).toBe(''))
    w.unmount()
  })
})
