import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import SignOff from '@/components/agreement/SignOff.vue'
import { db } from '@/db/database'
import { saveDecision } from '@/db/repository'
import { useAppStore } from '@/stores/app'
import { seedDraft, seedSchool } from '../../fixtures/db'
import { resetDatabase } from '../../support/database'

async function setup(leaveOneOpen: boolean, extra: Parameters<typeof seedDraft>[1] = {}) {
  const ids = await seedSchool()
  const draft = await seedDraft(ids, extra)
  if (leaveOneOpen) {
    const d = await db.decisions.where('[agreementId+taskId]').equals([draft.id, ids.tasks[3]!.id]).first()
    await saveDecision({ ...d!, choice: 'undecided', weeklyHours: null })
  }
  const decisions = await db.decisions.where('agreementId').equals(draft.id).toArray()
  const pinia = createPinia()
  setActivePinia(pinia)
  const wrapper = mount(SignOff, {
    props: { agreement: draft, decisions, tasks: ids.tasks },
    global: { plugins: [pinia] },
    attachTo: document.body,
  })
  return { wrapper, draft }
}

describe('SignOff', () => {
  beforeEach(resetDatabase)

  it('refuses empty names and an unticked open task with messages next to each field, and signs nothing', async () => {
    const { wrapper, draft } = await setup(true)
    expect(wrapper.text()).toContain('We agree to sign with 1 task still open (Overseeing state testing)')
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => expect(wrapper.find('#sign-coach-error').exists()).toBe(true))
    expect(wrapper.find('#sign-coach-error').text()).toBe('The coach must type their name to sign.')
    expect(wrapper.find('#sign-principal-error').text()).toBe('The principal must type their name to sign.')
    expect(wrapper.find('#sign-open-error').text()).toContain('1 task is still undecided')
    expect(wrapper.find('#sign-coach').attributes('aria-invalid')).toBe('true')
    expect(wrapper.find('[role="alert"]').text()).toContain('Not signed yet')
    expect(wrapper.emitted('problems')?.at(-1)?.[0]).toMatchObject({ coachName: expect.any(String) })
    expect((await db.agreements.get(draft.id))?.status).toBe('draft')
    wrapper.unmount()
  })

  it('signs with both typed names once open tasks are explicitly left open', async () => {
    const { wrapper, draft } = await setup(true)
    await wrapper.find('#sign-coach').setValue('Renée Okafor')
    await wrapper.find('#sign-principal').setValue('José Martínez')
    await wrapper.find('input[type="checkbox"]').setValue(true)
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(async () => expect((await db.agreements.get(draft.id))?.status).toBe('signed'))
    const signed = await db.agreements.get(draft.id)
    expect(signed?.signatures.coach?.name).toBe('Renée Okafor')
    expect(signed?.openItemsAccepted).toBe(true)
    await flushPromises()
    expect(useAppStore().status?.text).toContain('Version 1 is signed by Renée Okafor and José Martínez')
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('refuses, with a visible message, while principles are undecided and no policy is chosen', async () => {
    const { wrapper, draft } = await setup(false, { sections: {} })
    await wrapper.find('#sign-coach').setValue('Renée Okafor')
    await wrapper.find('#sign-principal').setValue('José Martínez')
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => expect(wrapper.find('#sign-problems').exists()).toBe(true))
    const alert = wrapper.get('#sign-problems').text()
    expect(alert).toContain('Mark each partnership principle agreed or not agreed before signing. Still undecided: Equality, Choice')
    expect(alert).toContain('Choose a confidentiality policy before signing')
    expect(wrapper.emitted('problems')?.at(-1)?.[0]).toMatchObject({ principles: expect.any(String), confidentiality: expect.any(String) })
    expect((await db.agreements.get(draft.id))?.status).toBe('draft')
    wrapper.unmount()
  })

  it('does not offer the open-items box when every task is decided', async () => {
    const { wrapper } = await setup(false)
    expect(wrapper.find('input[type="checkbox"]').exists()).toBe(false)
    wrapper.unmount()
  })
})
