import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import MeetingDetails from '@/components/meeting/MeetingDetails.vue'
import { db } from '@/db/database'
import type { Agreement } from '@/domain/schemas'
import { useAppStore } from '@/stores/app'
import { seedDraft, seedSchool } from '../../support/seed'
import { resetDatabase } from '../../support/database'

let draft: Agreement
function mountDetails(props: Partial<{ readOnly: boolean }> = {}) {
  const pinia = createPinia()
  setActivePinia(pinia)
  return mount(MeetingDetails, {
    props: { agreement: draft, readOnly: false, ensureId: async () => draft.id, ...props },
    global: { plugins: [pinia] },
    attachTo: document.body,
  })
}

describe('MeetingDetails', () => {
  beforeEach(async () => {
    await resetDatabase()
    draft = await seedDraft(await seedSchool())
  })

  it('shows the line, opens the form (loaded on demand) with focus in it, saves and returns focus to Edit', async () => {
    const w = mountDetails()
    expect(w.get('.details__line').text()).toContain('Targets: coaching at least 60%, professional learning at least 10%')
    await w.get('#meeting-details-edit').trigger('click')
    await vi.waitFor(() => expect(w.find('#target-coaching').exists()).toBe(true))
    expect(document.activeElement?.id).toBe('meeting-coach')
    await w.get('#target-coaching').setValue('65')
    await w.get('form').trigger('submit')
    await vi.waitFor(() => expect(w.find('form').exists()).toBe(false))
    await flushPromises()
    expect(useAppStore().status?.text).toBe('Meeting details are saved.')
    expect((await db.agreements.get(draft.id))?.targets.coachingPct).toBe(65)
    expect(document.activeElement?.id).toBe('meeting-details-edit')
    w.unmount()
  })

  it('refuses a target that is not a number at its field, keeps the text and saves nothing; Escape closes', async () => {
    const w = mountDetails()
    await w.get('#meeting-details-edit').trigger('click')
    await vi.waitFor(() => expect(w.find('#target-learning').exists()).toBe(true))
    await w.get('#target-learning').setValue('a lot')
    await w.get('form').trigger('submit')
    await flushPromises()
    expect(w.get('#target-learning-error').text()).toBe('Enter a percentage from 0 to 100.')
    expect((w.get('#target-learning').element as HTMLInputElement).value).toBe('a lot')
    expect((await db.agreements.get(draft.id))?.targets.learningPct).toBe(10)
    await w.get('form').trigger('keydown', { key: 'Escape' })
    await vi.waitFor(() => expect(w.find('form').exists()).toBe(false))
    expect(document.activeElement?.id).toBe('meeting-details-edit')
    w.unmount()
  })

  it('offers no edit on a signed agreement', () => {
    const w = mountDetails({ readOnly: true })
    expect(w.find('#meeting-details-edit').exists()).toBe(false)
    w.unmount()
  })
})
