import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import RoundFormEditor from '@/components/evaluation/RoundFormEditor.vue'
import { db } from '@/db/database'
import { addResponse, createRound } from '@/db/evaluation'
import { askedItems } from '@/domain/evaluation/itemBank'
import { resetDatabase } from '../../support/database'
import { seedFirstRun } from '../../support/seed'

const until = <T>(check: () => T) => vi.waitFor(check, { timeout: 5_000, interval: 20 })

async function seedRound() {
  const { schoolId, schoolYearId } = await seedFirstRun()
  return createRound({ schoolYearId, schoolIds: [schoolId], label: 'Spring', closingDate: '2099-06-01' }, '2027-03-01')
}

describe('RoundFormEditor', () => {
  beforeEach(async () => {
    await resetDatabase()
    setActivePinia(createPinia())
  })

  it('rewords a question in its three wordings, refusing an empty one at its field', async () => {
    const round = await seedRound()
    const item = round.form.items[0]!
    const w = mount(RoundFormEditor, { props: { round }, attachTo: document.body })
    await w.get(`button[aria-label="Edit the wording of “${item.wording.teacher}”"]`).trigger('click')
    await w.get(`#edit-${item.id}-self`).setValue('')
    await w.get(`form[aria-label="Wording of “${item.wording.teacher}”"]`).trigger('submit')
    await until(() => expect(w.get(`#edit-${item.id}-self-error`).text()).toBe('Write the self wording.'))
    expect((await db.evaluationRounds.get(round.id))!.form.items[0]!.wording).toEqual(item.wording)

    await w.get(`#edit-${item.id}-self`).setValue('I let teachers choose what we work on.')
    await w.get(`form[aria-label="Wording of “${item.wording.teacher}”"]`).trigger('submit')
    await until(async () =>
      expect((await db.evaluationRounds.get(round.id))!.form.items[0]!.wording.self).toBe('I let teachers choose what we work on.'),
    )
    w.unmount()
  })

  it('offers no change once the first answer has frozen the form', async () => {
    const round = await seedRound()
    const answers = Object.fromEntries(askedItems(round.form).map((i) => [i.id, 3]))
    await addResponse(round.id, { group: 'self', answers, keepDoing: '', doDifferently: '' }, 'device', '2027-03-02')
    const frozen = (await db.evaluationRounds.get(round.id))!
    const w = mount(RoundFormEditor, { props: { round: frozen }, attachTo: document.body })
    expect(w.text()).toContain('can no longer change')
    expect(w.findAll('button').some((b) => b.text() === 'Edit wording')).toBe(false)
    expect(w.findAll('input[type="checkbox"]').every((c) => (c.element as HTMLInputElement).disabled)).toBe(true)
    expect(w.find('#district-teacher').exists()).toBe(false)
    w.unmount()
  })
})
