import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import SignOff from '@/components/agreement/SignOff.vue'
import UnderstandingEditor from '@/components/agreement/UnderstandingEditor.vue'
import { flushSectionSaves } from '@/composables/useSectionDraft'
import ManageTasks from '@/components/meeting/ManageTasks.vue'
import DecisionPanel from '@/components/meeting/DecisionPanel.vue'
import WeekNote from '@/components/timelog/WeekNote.vue'
import { saveSectionFields } from '@/db/agreements'
import { db } from '@/db/database'
import { readSections } from '@/domain/agreementSections'
import type { Agreement, Task } from '@/domain/schemas'
import { seedDraft, seedSchool } from '../fixtures/db'
import { resetDatabase } from '../support/database'

const pinia = () => {
  const p = createPinia()
  setActivePinia(p)
  return p
}
const stored = async (id: string) => readSections((await db.agreements.get(id))?.sections)

describe('text over its limit stays in the field with a message, and nothing is saved', () => {
  beforeEach(resetDatabase)

  it('week note: a long paste is not cut, says how much is over, and saves once trimmed to fit', async () => {
    const { schoolId } = await seedSchool()
    const w = mount(WeekNote, { props: { schoolId, weekStart: '2026-09-14' }, attachTo: document.body })
    const area = w.get('#week-note')
    expect(area.attributes('maxlength')).toBeUndefined()
    const pasted = 'a'.repeat(700)
    await area.setValue(pasted)
    await area.trigger('blur')
    expect((area.element as HTMLTextAreaElement).value).toBe(pasted)
    expect(w.get('#week-note-limit').text()).toBe(
      '“Note for this week” can be at most 500 characters: this text is 200 over. Shorten it and it will be saved; nothing is saved until it fits.',
    )
    expect(await db.weekNotes.count()).toBe(0)
    await area.setValue('a'.repeat(500))
    await area.trigger('blur')
    await vi.waitFor(async () => expect((await db.weekNotes.toArray()).map((n) => n.note.length)).toEqual([500]))
    expect(w.get('#week-note-limit').text()).toBe('')
    w.unmount()
  })

  it('decision note: 10,000 characters stay in the field with a visible message and no save', async () => {
    const task: Task = {
      id: 't1',
      title: 'Leading PLCs',
      description: '',
      bucket: 'other',
      origin: 'catalog',
      archived: false,
      sortOrder: 1,
      createdAt: 0,
      updatedAt: 0,
    }
    const w = mount(DecisionPanel, {
      props: { item: { task, decision: undefined }, position: 1, total: 1, readOnly: false, suggestions: [], canUndo: false },
      attachTo: document.body,
    })
    const note = w.get('#note-t1')
    await note.setValue('n'.repeat(10_000))
    await note.trigger('blur')
    await note.trigger('keydown', { key: 'Enter', ctrlKey: true })
    expect(w.emitted('save')).toBeUndefined()
    expect(w.emitted('move')).toBeUndefined()
    expect((note.element as HTMLTextAreaElement).value).toHaveLength(10_000)
    expect(w.get('#note-t1-limit').text()).toContain('“Note” can be at most 1,000 characters: this text is 9,000 over.')
    expect(note.attributes('aria-describedby')).toContain('note-t1-limit')
    await note.setValue('n'.repeat(1000))
    await note.trigger('blur')
    expect(w.emitted('save')).toEqual([['t1', { note: 'n'.repeat(1000) }, 'stay', { note: '' }]])
    w.unmount()
  })

  it('task title in Manage tasks: refused with the message at the field, the text kept, no task added', async () => {
    await seedSchool()
    const before = await db.tasks.count()
    const w = mount(ManageTasks, { props: { tasks: [] }, global: { plugins: [pinia()] }, attachTo: document.body })
    const title = 'T'.repeat(130)
    await w.get('#new-task-title').setValue(title)
    await w.get('form').trigger('submit')
    await new Promise((r) => setTimeout(r, 50))
    expect(await db.tasks.count()).toBe(before)
    expect((w.get('#new-task-title').element as HTMLInputElement).value).toBe(title)
    expect(w.get('#new-task-title-limit').text()).toContain('“Title” can be at most 120 characters: this text is 10 over.')
    w.unmount()
  })

  it('agreement section: a note over its limit is not saved, while another field of the section is', async () => {
    const draft = await seedDraft(await seedSchool())
    const w = mount(UnderstandingEditor, {
      props: { agreement: draft, number: 1, title: 'Understanding coaching' },
      global: { plugins: [pinia()] },
      attachTo: document.body,
    })
    await w.get('#understanding-note').setValue('x'.repeat(1500))
    await w.get('#understanding-frequency').setValue('Every week.')
    await flushSectionSaves()
    expect(await stored(draft.id)).toMatchObject({ understanding: { note: '', frequency: 'Every week.' } })
    expect(w.get('#understanding-note-limit').text()).toContain('“Notes” can be at most 1,000 characters: this text is 500 over.')
    expect((w.get('#understanding-note').element as HTMLTextAreaElement).value).toHaveLength(1500)
    expect(w.get('[data-testid="save-state-understanding"]').text()).toContain('Not saved')
    await w.get('#understanding-note').setValue('x'.repeat(1000))
    await flushSectionSaves()
    expect((await stored(draft.id)).understanding.note).toHaveLength(1000)
    w.unmount()
  })
})

describe('another tab’s edit of the same section', () => {
  beforeEach(resetDatabase)

  async function mountOnDraft() {
    const draft = await seedDraft(await seedSchool())
    const w = mount(UnderstandingEditor, {
      props: { agreement: draft, number: 1, title: 'Understanding coaching' },
      global: { plugins: [pinia()] },
      attachTo: document.body,
    })
    return { draft, w }
  }
  const latest = async (id: string) => (await db.agreements.get(id)) as Agreement

  it('shows a change to another field live and saves its own field beside it', async () => {
    const { draft, w } = await mountOnDraft()
    const read = readSections(draft.sections).understanding
    await saveSectionFields(draft.id, 'understanding', [{ path: ['frequency'], base: read.frequency, value: 'From the other tab.' }])
    await w.setProps({ agreement: await latest(draft.id) }) // what the live query delivers
    expect((w.get('#understanding-frequency').element as HTMLInputElement).value).toBe('From the other tab.')
    await w.get('#understanding-note').setValue('From this tab.')
    await flushSectionSaves()
    expect((await stored(draft.id)).understanding).toMatchObject({ frequency: 'From the other tab.', note: 'From this tab.' })
    w.unmount()
  })

  it('tells the second writer of the same field and keeps theirs or mine as chosen', async () => {
    const { draft, w } = await mountOnDraft()
    const read = readSections(draft.sections).understanding
    await w.get('#understanding-frequency').setValue('Mine.')
    await saveSectionFields(draft.id, 'understanding', [{ path: ['frequency'], base: read.frequency, value: 'Theirs.' }])
    await w.setProps({ agreement: await latest(draft.id) })
    // The field being edited keeps the text typed here.
    expect((w.get('#understanding-frequency').element as HTMLInputElement).value).toBe('Mine.')
    await flushSectionSaves()
    await vi.waitFor(() => expect(w.find('[data-testid="field-conflict"]').exists()).toBe(true))
    expect(w.get('[data-testid="field-conflict"]').text()).toContain('How often, and how long was changed in another tab or window')
    expect(w.get('[data-testid="field-conflict"]').text()).toContain('Their version is “Theirs.”.')
    expect((await stored(draft.id)).understanding.frequency).toBe('Theirs.')

    await w.get('[data-testid="field-conflict"]').findAll('button')[0]!.trigger('click') // Keep mine
    await flushSectionSaves()
    await vi.waitFor(async () => expect((await stored(draft.id)).understanding.frequency).toBe('Mine.'))
    expect(w.find('[data-testid="field-conflict"]').exists()).toBe(false)

    // And the other way round: keep theirs.
    await w.setProps({ agreement: await latest(draft.id) })
    await w.get('#understanding-frequency').setValue('Mine again.')
    await saveSectionFields(draft.id, 'understanding', [{ path: ['frequency'], base: 'Mine.', value: 'Theirs again.' }])
    await flushSectionSaves()
    await vi.waitFor(() => expect(w.find('[data-testid="field-conflict"]').exists()).toBe(true))
    await w.get('[data-testid="field-conflict"]').findAll('button')[1]!.trigger('click') // Keep theirs
    expect((w.get('#understanding-frequency').element as HTMLInputElement).value).toBe('Theirs again.')
    await flushSectionSaves()
    expect((await stored(draft.id)).understanding.frequency).toBe('Theirs again.')
    w.unmount()
  })
})

describe('a decision field another tab changed first', () => {
  it('shows their text with Keep mine / Keep theirs, and keeping mine saves over theirs', async () => {
    const task: Task = {
      id: 't1',
      title: 'Leading PLCs',
      description: '',
      bucket: 'other',
      origin: 'catalog',
      archived: false,
      sortOrder: 1,
      createdAt: 0,
      updatedAt: 0,
    }
    const w = mount(DecisionPanel, {
      props: { item: { task, decision: undefined }, position: 1, total: 1, readOnly: false, suggestions: [], canUndo: false },
      attachTo: document.body,
    })
    const note = w.get('#note-t1')
    await note.setValue('Mine.')
    await note.trigger('blur')
    // The screen reports the refusal (recordDecision threw FieldConflictError).
    ;(w.vm as unknown as { showConflict: (t: string, f: string, theirs: unknown) => void }).showConflict('t1', 'note', 'Theirs.')
    // The prompt's component loads when first needed.
    await vi.waitFor(() => expect(w.find('[data-testid="field-conflict"]').exists()).toBe(true))
    const prompt = w.get('[data-testid="field-conflict"]')
    expect(prompt.text()).toContain('Note was changed in another tab or window')
    expect(prompt.text()).toContain('Their version is “Theirs.”.')
    expect((note.element as HTMLTextAreaElement).value).toBe('Mine.')
    await prompt.findAll('button')[0]!.trigger('click')
    expect(w.emitted('save')?.at(-1)).toEqual(['t1', { note: 'Mine.' }, 'stay', { note: 'Theirs.' }])
    expect(w.find('[data-testid="field-conflict"]').exists()).toBe(false)

    await note.setValue('Mine again.')
    ;(w.vm as unknown as { showConflict: (t: string, f: string, theirs: unknown) => void }).showConflict('t1', 'note', 'Theirs again.')
    await vi.waitFor(() => expect(w.find('[data-testid="field-conflict"]').exists()).toBe(true))
    await w.get('[data-testid="field-conflict"]').findAll('button')[1]!.trigger('click')
    expect((note.element as HTMLTextAreaElement).value).toBe('Theirs again.')
    w.unmount()
  })
})

describe('signing with text that is not saved', () => {
  beforeEach(resetDatabase)

  it('is refused, naming the section, so a version is never signed without what the screen shows', async () => {
    const school = await seedSchool()
    const draft = await seedDraft(school)
    const p = pinia()
    const editor = mount(UnderstandingEditor, {
      props: { agreement: draft, number: 1, title: 'Understanding coaching' },
      global: { plugins: [p] },
      attachTo: document.body,
    })
    await editor.get('#understanding-note').setValue('x'.repeat(1200))
    const decisions = await db.decisions.where('agreementId').equals(draft.id).toArray()
    const sign = mount(SignOff, {
      props: { agreement: draft, decisions, tasks: school.tasks },
      global: { plugins: [p] },
      attachTo: document.body,
    })
    await sign.get('#sign-coach').setValue('Renée Okafor')
    await sign.get('#sign-principal').setValue('José Martínez')
    await sign.get('form').trigger('submit')
    await vi.waitFor(() => expect(sign.text()).toContain('Some text is not saved yet (Understanding coaching)'))
    expect((await db.agreements.get(draft.id))?.status).toBe('draft')
    sign.unmount()
    editor.unmount()
  })
})
