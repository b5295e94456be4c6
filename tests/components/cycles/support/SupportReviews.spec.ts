import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '@/db/database'
import { saveAgreement } from '@/db/repository'
import SupportReviews from '@/components/cycles/support/SupportReviews.vue'
import { resetDatabase } from '../../../support/database'
import { decidedSections } from '../../../support/decidedSections'
import { draftAgreement, seedFirstRun, seedTimeEntries } from '../../../support/seed'
import { seedEntries } from '../../../support/dashboardSeed'

const support = { commitments: [{ id: 'own-1', text: 'Keep Tuesday mornings free for coaching.', checked: true, custom: true }] }

let ids: { schoolId: string; schoolYearId: string }
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date('2026-10-05T12:00:00'))
  await resetDatabase()
  const seeded = await seedFirstRun()
  ids = { schoolId: seeded.schoolId, schoolYearId: seeded.schoolYearId }
})
afterEach(() => {
  vi.useRealTimers()
})

const button = (w: ReturnType<typeof mount>, text: string) => w.findAll('button').find((b) => b.text() === text)!

async function openForm() {
  const wrapper = mount(SupportReviews, { props: ids, attachTo: document.body })
  await vi.waitFor(() => expect(button(wrapper, 'Review a term').attributes('disabled')).toBeUndefined())
  await button(wrapper, 'Review a term').trigger('click')
  await flushPromises()
  return wrapper
}

describe('SupportReviews', () => {
  it('says when there is no commitment and still saves the checklist; figures show with what they cover', async () => {
    await seedTimeEntries(seedEntries({ schoolId: ids.schoolId, from: '2026-08-17', to: '2026-09-25', now: Date.now() }))
    const wrapper = await openForm()
    expect(wrapper.text()).toContain('The agreement in force has no support commitment ticked.')
    expect((wrapper.find('input[type="text"]').element as HTMLInputElement).value).toBe('Fall term')
    await wrapper.find('input[name$="check-time-protected"][value="partly"]').setValue(true)
    await wrapper.find('textarea').setValue('Testing week took two coaching days.')
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(async () => expect(await db.supportReviews.count()).toBe(1))
    const stored = (await db.supportReviews.toArray())[0]!
    expect(stored.checklist).toEqual({ 'time-protected': 'partly' })
    await vi.waitFor(() => expect(wrapper.text()).toContain('6 of 7 school weeks so far logged (Aug 17 – Oct 2).'))
    expect(wrapper.text()).toContain('Partly done')
    wrapper.unmount()
  })

  it('refuses an end before the start with the message at the field, keeping the text', async () => {
    await saveAgreement(draftAgreement(ids.schoolId, ids.schoolYearId, { sections: { ...decidedSections(), support } }))
    const wrapper = await openForm()
    expect(wrapper.find('fieldset legend').text()).toBe('Keep Tuesday mornings free for coaching.')
    await wrapper.find('input[name$="commitment-0"][value="done"]').setValue(true)
    await wrapper.find('textarea').setValue('Kept.')
    const [start, end] = wrapper.findAll('input[type="date"]')
    await start!.setValue('2026-10-01')
    await end!.setValue('2026-09-01')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    const describedBy = end!.attributes('aria-describedby')!
    expect(wrapper.find(`#${describedBy}`).text()).toBe('The term ends before it starts.')
    expect(end!.attributes('aria-invalid')).toBe('true')
    expect((end!.element as HTMLInputElement).value).toBe('2026-09-01')
    expect((wrapper.find('textarea').element as HTMLTextAreaElement).value).toBe('Kept.')
    expect(await db.supportReviews.count()).toBe(0)
    wrapper.unmount()
  })

  it('deletes a review only after the confirm step says what goes', async () => {
    const wrapper = await openForm()
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => expect(button(wrapper, 'Delete the review…')).toBeTruthy())
    await button(wrapper, 'Delete the review…').trigger('click')
    expect(wrapper.find('[role="alert"]').text()).toContain('Deleting removes the Fall term review')
    await button(wrapper, 'Keep it').trigger('click')
    expect(await db.supportReviews.count()).toBe(1)
    await button(wrapper, 'Edit the review').trigger('click')
    await wrapper.find('textarea').setValue('Edited.')
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(async () => expect((await db.supportReviews.toArray())[0]!.note).toBe('Edited.'))
    await vi.waitFor(() => expect(button(wrapper, 'Delete the review…')).toBeTruthy())
    await button(wrapper, 'Delete the review…').trigger('click')
    await button(wrapper, 'Delete it').trigger('click')
    await vi.waitFor(async () => expect(await db.supportReviews.count()).toBe(0))
    wrapper.unmount()
  })
})
