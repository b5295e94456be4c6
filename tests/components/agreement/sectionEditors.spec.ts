import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import ConfidentialityEditor from '@/components/agreement/ConfidentialityEditor.vue'
import SupportEditor from '@/components/agreement/SupportEditor.vue'
import { flushSectionSaves } from '@/composables/useSectionDraft'
import { db } from '@/db/database'
import { readSections } from '@/domain/agreementSections'
import { seedDraft, seedSchool } from '../../fixtures/db'
import { resetDatabase } from '../../support/database'

async function draftAgreement() {
  return seedDraft(await seedSchool())
}

type Draft = Awaited<ReturnType<typeof draftAgreement>>
function options(agreement: Draft) {
  const pinia = createPinia()
  setActivePinia(pinia)
  return { props: { agreement, number: 4, title: 'Section' }, global: { plugins: [pinia] }, attachTo: document.body }
}
const mountEditor = (component: 'support' | 'confidentiality', agreement: Draft) =>
  component === 'support' ? mount(SupportEditor, options(agreement)) : mount(ConfidentialityEditor, options(agreement))

const stored = async (id: string) => readSections((await db.agreements.get(id))?.sections)

describe('section editors', () => {
  beforeEach(resetDatabase)

  it('adds the pair’s own commitment and saves it by itself', async () => {
    const draft = await draftAgreement()
    const wrapper = mountEditor('support', draft)
    await wrapper.find('#support-new').setValue('Cover the coach’s lunch duty on Fridays')
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(
      async () =>
        expect((await stored(draft.id)).support.commitments.at(-1)).toMatchObject({
          text: 'Cover the coach’s lunch duty on Fridays',
          custom: true,
          checked: true,
        }),
      { timeout: 3000 },
    )
    await vi.waitFor(() => expect(wrapper.find('[data-testid="save-state-support"]').text()).toContain('Saved'))
    // Suggested commitments start unticked; ticking one saves too.
    expect((await stored(draft.id)).support.commitments[0]?.checked).toBe(false)
    await wrapper.findAll('input[type="checkbox"]')[0]!.setValue(true)
    await flushSectionSaves()
    expect((await stored(draft.id)).support.commitments[0]?.checked).toBe(true)
    wrapper.unmount()
  })

  it('refuses an empty commitment inline and keeps the rest of the text typed elsewhere', async () => {
    const draft = await draftAgreement()
    const wrapper = mountEditor('support', draft)
    await wrapper.find('form').trigger('submit')
    expect(wrapper.find('#support-new-error').text()).toBe('Write the commitment first.')
    await wrapper.find('#support-new').setValue('Visit two coaching sessions a term')
    await wrapper.find('form').trigger('submit')
    const own = wrapper
      .findAll('input[type="text"]')
      .find((i) => (i.element as HTMLInputElement).value === 'Visit two coaching sessions a term')!
    await own.setValue('   ')
    await flushSectionSaves()
    await vi.waitFor(() => expect(wrapper.find('.field-error').text()).toBe('Write the commitment or remove it.'))
    expect(wrapper.find('[data-testid="save-state-support"]').text()).toContain('Not saved')
    expect((await stored(draft.id)).support.commitments.some((c) => c.custom)).toBe(false)
    wrapper.unmount()
  })

  it('shows the own-policy box only for an own policy and saves the wording', async () => {
    const draft = await draftAgreement()
    const wrapper = mountEditor('confidentiality', draft)
    expect(wrapper.find('#confidentiality-ownWording').exists()).toBe(false)
    await wrapper.find('input[value="own"]').setValue(true)
    await wrapper.find('#confidentiality-ownWording').setValue('Nothing leaves the coaching room — ever.')
    await flushSectionSaves()
    expect((await stored(draft.id)).confidentiality).toMatchObject({
      policy: 'own',
      ownWording: 'Nothing leaves the coaching room — ever.',
    })
    wrapper.unmount()
  })

  // Issue 13: under their own policy the two choose what the principal's report carries, kept with the agreement.
  it('own policy: the choice of what the report carries is saved with the agreement', async () => {
    const draft = await draftAgreement()
    const wrapper = mountEditor('confidentiality', draft)
    expect(wrapper.find('[data-testid="own-report-content"]').exists()).toBe(false)
    await wrapper.find('input[name="confidentiality-policy"][value="own"]').setValue(true)
    const choices = wrapper.findAll('input[name="confidentiality-report"]')
    expect(choices.map((c) => (c.element as HTMLInputElement).checked)).toEqual([true, false]) // no names until chosen
    expect(wrapper.find('[data-testid="own-report-content"] legend').text()).toBe('What the report for the principal carries')
    await wrapper.find('#confidentiality-ownWording').setValue('Names of tasks may be shared; notes never.')
    await choices[1]!.setValue(true)
    await flushSectionSaves()
    expect((await stored(draft.id)).confidentiality).toMatchObject({
      policy: 'own',
      ownWording: 'Names of tasks may be shared; notes never.',
      report: { taskNames: 'all' },
    })
    wrapper.unmount()
  })

  it('own policy: what the report says about coaching cycles is chosen and kept beside the task-name choice', async () => {
    const draft = await draftAgreement()
    const wrapper = mountEditor('confidentiality', draft)
    expect(wrapper.find('[data-testid="own-report-cycles"]').exists()).toBe(false)
    await wrapper.find('input[name="confidentiality-policy"][value="own"]').setValue(true)
    const choices = wrapper.findAll('input[name="confidentiality-report-cycles"]')
    expect(choices.map((c) => (c.element as HTMLInputElement).checked)).toEqual([true, false]) // counts only until chosen
    await wrapper.find('#confidentiality-ownWording').setValue('Who I coach may be shared; how it goes never.')
    await wrapper.findAll('input[name="confidentiality-report"]')[1]!.setValue(true)
    await choices[1]!.setValue(true)
    await flushSectionSaves()
    expect((await stored(draft.id)).confidentiality.report).toEqual({ taskNames: 'all', cycles: 'what-and-whom' })
    wrapper.unmount()
  })
})

describe('a refused signing, shown where it still applies', () => {
  beforeEach(resetDatabase)

  it('moves from the policy choice to the own wording once “own policy” is picked, and goes once it is written', async () => {
    const { OWN_POLICY_UNWRITTEN, POLICY_NOT_CHOSEN } = await import('@/domain/agreementVersions')
    const seeded = await draftAgreement()
    const draft = { ...seeded, sections: { ...seeded.sections, confidentiality: { policy: null, ownWording: '' } } }
    await db.agreements.put(draft)
    const o = options(draft)
    const wrapper = mount(ConfidentialityEditor, { ...o, props: { ...o.props, signError: POLICY_NOT_CHOSEN } })
    expect(wrapper.get('#confidentiality-policy-error').text()).toBe(POLICY_NOT_CHOSEN)
    await wrapper.get('input[type="radio"][value="own"]').setValue(true)
    expect(wrapper.find('#confidentiality-policy-error').exists()).toBe(false)
    expect(wrapper.get('#confidentiality-ownWording-error').text()).toBe(OWN_POLICY_UNWRITTEN)
    expect(wrapper.text()).not.toContain(POLICY_NOT_CHOSEN)
    await wrapper.get('#confidentiality-ownWording').setValue('Nothing about a teacher’s practice is shared.')
    expect(wrapper.find('#confidentiality-ownWording-error').exists()).toBe(false)
    await flushSectionSaves()
    wrapper.unmount()
  })
})
