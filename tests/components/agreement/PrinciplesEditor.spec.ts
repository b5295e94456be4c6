import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import PrinciplesEditor from '@/components/agreement/PrinciplesEditor.vue'
import { flushSectionSaves } from '@/composables/useSectionDraft'
import { db } from '@/db/database'
import { PRINCIPLES, readSections } from '@/domain/agreementSections'
import { seedDraft, seedSchool } from '../../fixtures/db'
import { resetDatabase } from '../../support/database'

const stored = async (id: string) => readSections((await db.agreements.get(id))?.sections)

async function mountFresh(signError?: string) {
  const draft = await seedDraft(await seedSchool(), { sections: {} })
  const pinia = createPinia()
  setActivePinia(pinia)
  const wrapper = mount(PrinciplesEditor, {
    props: { agreement: draft, number: 2, title: 'Partnership principles', signError },
    global: { plugins: [pinia] },
    attachTo: document.body,
  })
  return { wrapper, draft }
}

describe('PrinciplesEditor', () => {
  beforeEach(resetDatabase)

  it('starts with every principle undecided and nothing chosen, then saves agreed or not agreed', async () => {
    const { wrapper, draft } = await mountFresh()
    const radios = wrapper.findAll('input[type="radio"]')
    expect(radios).toHaveLength(PRINCIPLES.length * 2)
    expect(radios.every((r) => !(r.element as HTMLInputElement).checked)).toBe(true)
    expect(wrapper.text()).toContain('(not decided yet)')
    await wrapper.get('input[name="principle-equality"][type="radio"]').setValue(true)
    await wrapper.findAll('input[name="principle-choice"]')[1]!.setValue(true)
    await flushSectionSaves()
    const s = await stored(draft.id)
    expect([s.principles.equality.agreed, s.principles.choice.agreed, s.principles.voice.agreed]).toEqual([true, false, null])
    expect(wrapper.text()).toContain('Equality (agreed)')
    expect(wrapper.text()).toContain('Choice (not agreed)')
    wrapper.unmount()
  })

  it('shows the signing message at the section', async () => {
    const { wrapper } = await mountFresh('Mark each partnership principle agreed or not agreed before signing. Still undecided: Voice.')
    expect(wrapper.get('#principles-sign-error').text()).toContain('Still undecided: Voice.')
    wrapper.unmount()
  })
})
