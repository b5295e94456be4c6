import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import DecisionPanel from '@/components/meeting/DecisionPanel.vue'
import type { MeetingItem } from '@/domain/meeting/items'
import type { Decision, DecisionChoice, Task } from '@/domain/schemas'

const task: Task = {
  id: 'cat-other-leading-plcs',
  title: 'Leading PLCs',
  description: 'Facilitating team meetings.',
  bucket: 'other',
  origin: 'catalog',
  archived: false,
  sortOrder: 10,
  createdAt: 0,
  updatedAt: 0,
}
const decision = (choice: DecisionChoice, extra: Partial<Decision> = {}): Decision => ({
  id: 'd1',
  agreementId: 'a',
  taskId: task.id,
  choice,
  note: '',
  insteadBy: '',
  weeklyHours: null,
  decidedAt: 1,
  createdAt: 1,
  updatedAt: 1,
  ...extra,
})

function mountPanel(item: MeetingItem, props: Partial<{ readOnly: boolean; position: number; total: number }> = {}) {
  return mount(DecisionPanel, {
    props: { item, position: 3, total: 59, readOnly: false, suggestions: ['Assistant principal', 'Office staff'], canUndo: true, ...props },
    attachTo: document.body,
  })
}

describe('DecisionPanel', () => {
  it('shows the task, its bucket, position and current choice', () => {
    const w = mountPanel({ task, decision: undefined })
    expect(w.get('h2').text()).toBe('Leading PLCs')
    expect(w.text()).toContain('Other duties')
    expect(w.text()).toContain('Task 3 of 59')
    expect(w.get('[data-testid="current-choice"]').text()).toContain('Undecided')
    expect(w.findAll('button[aria-pressed="true"]')).toHaveLength(0)
    w.unmount()
  })

  it('emits a choice for each decision button and marks the pressed one', async () => {
    const w = mountPanel({ task, decision: decision('wont') })
    expect(w.get('button[aria-pressed="true"]').text()).toContain('Won’t do')
    const buttons = w.findAll('.choices button')
    for (const b of buttons) await b.trigger('click')
    expect(w.emitted('choose')).toEqual([['will'], ['wont'], ['discuss']])
    w.unmount()
  })

  it('for will-do, saves valid hours on Enter and moves on', async () => {
    const w = mountPanel({ task, decision: decision('will') })
    const input = w.get('input.hours-input')
    await input.setValue('2,5')
    await input.trigger('keydown', { key: 'Enter' })
    expect(w.emitted('save')).toEqual([[task.id, { weeklyHours: 2.5 }, 'next', { weeklyHours: null }]])
    w.unmount()
  })

  it.each([
    ['-2', 'Hours cannot be negative'],
    ['three', 'Enter hours per week as a number'],
    ['61', 'more than 60 hours a week'],
  ])('refuses %s hours with an inline message and saves nothing', async (typed, message) => {
    const w = mountPanel({ task, decision: decision('will', { weeklyHours: 4 }) })
    const input = w.get('input.hours-input')
    await input.setValue(typed)
    await input.trigger('keydown', { key: 'Enter' })
    await input.trigger('blur')
    expect(w.get('.field-error').text()).toContain(message)
    expect(input.attributes('aria-invalid')).toBe('true')
    expect(input.attributes('aria-describedby')).toContain(`hours-${task.id}-error`)
    expect(w.emitted('save')).toBeUndefined()
    expect(w.emitted('move')).toBeUndefined()
    w.unmount()
  })

  // Issue 12: 1.234 was saved as 1.23 without a word; an estimate is now refused or kept exactly.
  it('refuses an estimate between two quarter hours, keeps the typed text and saves nothing', async () => {
    const w = mountPanel({ task, decision: decision('will', { weeklyHours: 1 }) })
    const input = w.get<HTMLInputElement>('input.hours-input')
    await input.setValue('1.234')
    await input.trigger('keydown', { key: 'Enter' })
    await input.trigger('blur')
    expect(w.emitted('save')).toBeUndefined()
    expect(w.emitted('move')).toBeUndefined()
    expect(w.get('.field-error').text()).toBe('Estimates are kept to the quarter hour (15 minutes): type 1 or 1.25.')
    expect(input.attributes('aria-invalid')).toBe('true')
    expect(input.element.value).toBe('1.234')
    await input.setValue('1.25')
    await input.trigger('keydown', { key: 'Enter' })
    expect(w.emitted('save')).toEqual([[task.id, { weeklyHours: 1.25 }, 'next', { weeklyHours: 1 }]])
    expect(w.find('.field-error').exists()).toBe(false)
    w.unmount()
  })

  it('moves on without saving when the hours did not change', async () => {
    const w = mountPanel({ task, decision: decision('will', { weeklyHours: 4 }) })
    await w.get('input.hours-input').trigger('keydown', { key: 'Enter' })
    expect(w.emitted('save')).toBeUndefined()
    expect(w.emitted('move')).toEqual([[1]])
    w.unmount()
  })

  it('for won’t-do, asks who instead, offers suggestions and saves them', async () => {
    const w = mountPanel({ task, decision: decision('wont') })
    expect(w.find('input.hours-input').exists()).toBe(false)
    expect(w.findAll('datalist option').map((o) => o.attributes('value'))).toEqual(['Assistant principal', 'Office staff'])
    await w.get('.suggestions button').trigger('click')
    expect(w.emitted('save')?.[0]).toEqual([task.id, { insteadBy: 'Assistant principal' }, 'stay', { insteadBy: '' }])
    const input = w.get(`#instead-${task.id}`)
    await input.setValue('Team leads')
    await input.trigger('keydown', { key: 'Enter' })
    expect(w.emitted('save')?.[1]).toEqual([task.id, { insteadBy: 'Team leads' }, 'next', { insteadBy: '' }])
    w.unmount()
  })

  it('saves a note on blur', async () => {
    const w = mountPanel({ task, decision: undefined })
    const note = w.get('textarea')
    await note.setValue('Only in testing weeks')
    await note.trigger('blur')
    expect(w.emitted('save')).toEqual([[task.id, { note: 'Only in testing weeks' }, 'stay', { note: '' }]])
    w.unmount()
  })

  it('is read-only for a signed agreement', () => {
    const w = mountPanel({ task, decision: decision('will', { weeklyHours: 3 }) }, { readOnly: true })
    expect(w.findAll('.choices button').every((b) => b.attributes('disabled') !== undefined)).toBe(true)
    expect(w.get('input.hours-input').attributes('readonly')).toBeDefined()
    expect(w.text()).not.toContain('Undo last decision')
    w.unmount()
  })

  it('disables moving past either end', () => {
    const first = mountPanel({ task, decision: undefined }, { position: 1, total: 2 })
    expect(first.get('.decision__nav button').attributes('disabled')).toBeDefined()
    first.unmount()
    const last = mountPanel({ task, decision: undefined }, { position: 2, total: 2 })
    expect(last.findAll('.decision__nav button')[1]!.attributes('disabled')).toBeDefined()
    last.unmount()
  })
})
