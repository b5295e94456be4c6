import { afterEach, describe, expect, it, vi } from 'vitest'
import { effectScope, nextTick, ref } from 'vue'
import { unsavedText } from '@/composables/meetingUnsavedText'
import { useDecisionFields } from '@/composables/useDecisionFields'
import type { MeetingItem } from '@/domain/meeting/items'
import type { Decision, Task } from '@/domain/schemas'

const task = (id: string): Task => ({
  id,
  title: `Task ${id}`,
  description: '',
  bucket: 'other',
  origin: 'catalog',
  archived: false,
  sortOrder: 1,
  createdAt: 0,
  updatedAt: 0,
})
const decision = (taskId: string, extra: Partial<Decision> = {}): Decision => ({
  id: `d-${taskId}`,
  agreementId: 'a',
  taskId,
  choice: 'will',
  note: '',
  insteadBy: '',
  weeklyHours: null,
  decidedAt: 1,
  createdAt: 1,
  updatedAt: 1,
  ...extra,
})

function setup(first: MeetingItem) {
  const item = ref<MeetingItem>(first)
  const save = vi.fn()
  const next = vi.fn()
  const scope = effectScope()
  const fields = scope.run(() => useDecisionFields(() => item.value, { save, next }))!
  return { item, save, next, fields, stop: () => scope.stop() }
}

describe('useDecisionFields', () => {
  afterEach(() => unsavedText.clear())

  it('reads the stored decision, and saves a changed field against the value it was edited from', () => {
    const { fields, save, next, stop } = setup({ task: task('t1'), decision: decision('t1', { weeklyHours: 2, note: 'Old' }) })
    expect([fields.hours.value, fields.note.value, fields.instead.value]).toEqual(['2', 'Old', ''])
    fields.hours.value = '3.5'
    fields.commit('weeklyHours', 'next')
    expect(save).toHaveBeenCalledWith('t1', { weeklyHours: 3.5 }, 'next', { weeklyHours: 2 })
    fields.note.value = 'Old'
    fields.commit('note', 'next')
    expect(next).toHaveBeenCalledTimes(1) // unchanged: only moves on
    fields.commit('note', 'stay')
    expect(save).toHaveBeenCalledTimes(1)
    stop()
  })

  it('refuses hours it cannot read with a message, and clears it once they are valid', () => {
    const { fields, save, stop } = setup({ task: task('t1'), decision: decision('t1') })
    fields.hours.value = 'lots'
    fields.commit('weeklyHours', 'stay')
    expect(fields.hoursError.value).toContain('Enter hours per week as a number')
    expect(save).not.toHaveBeenCalled()
    fields.hours.value = '1'
    fields.commit('weeklyHours', 'stay')
    expect(fields.hoursError.value).toBe('')
    expect(save).toHaveBeenCalledWith('t1', { weeklyHours: 1 }, 'stay', { weeklyHours: null })
    stop()
  })

  it('keeps text over its limit for its task instead of saving it, and brings it back with the task', async () => {
    const { item, fields, save, stop } = setup({ task: task('t1'), decision: undefined })
    fields.note.value = 'n'.repeat(1001)
    fields.commit('note', 'next')
    expect(save).not.toHaveBeenCalled()
    item.value = { task: task('t2'), decision: undefined }
    await nextTick()
    expect(fields.note.value).toBe('')
    item.value = { task: task('t1'), decision: undefined }
    await nextTick()
    expect(fields.note.value).toHaveLength(1001)
    fields.note.value = 'Fits'
    fields.commit('note', 'stay')
    expect(unsavedText.size).toBe(0)
    expect(save).toHaveBeenCalledWith('t1', { note: 'Fits' }, 'stay', { note: '' })
    stop()
  })

  it('shows another tab’s change in fields not being edited, and keeps the one being edited', async () => {
    const { item, fields, save, stop } = setup({ task: task('t1'), decision: decision('t1', { note: 'A', insteadBy: 'X' }) })
    fields.note.value = 'Mine'
    item.value = { task: task('t1'), decision: decision('t1', { note: 'B', insteadBy: 'Y', updatedAt: 2 }) }
    await nextTick()
    expect(fields.instead.value).toBe('Y')
    expect(fields.note.value).toBe('Mine')
    fields.commit('note', 'stay')
    expect(save).toHaveBeenCalledWith('t1', { note: 'Mine' }, 'stay', { note: 'A' })
    stop()
  })

  it('holds a refused save as a conflict until the user keeps theirs or mine', async () => {
    const { item, fields, save, stop } = setup({ task: task('t1'), decision: decision('t1', { note: 'A' }) })
    fields.note.value = 'Mine'
    fields.showConflict('other-task', 'note', 'Theirs')
    fields.showConflict('t1', 'choice', 'wont')
    expect(fields.conflictPrompt.value).toBeNull()
    fields.showConflict('t1', 'note', 'Theirs')
    expect(fields.conflictPrompt.value).toEqual({ field: 'note', props: { id: 'note-t1-conflict', label: 'Note', theirs: 'Theirs' } })
    fields.commit('note', 'stay')
    expect(save).not.toHaveBeenCalled() // the user chooses first
    // Their value changes again while the prompt is open: the prompt follows it.
    item.value = { task: task('t1'), decision: decision('t1', { note: 'Theirs 2', updatedAt: 2 }) }
    await nextTick()
    expect(fields.conflictPrompt.value?.props.theirs).toBe('Theirs 2')
    fields.keep('mine')
    expect(fields.conflictPrompt.value).toBeNull()
    expect(save).toHaveBeenCalledWith('t1', { note: 'Mine' }, 'stay', { note: 'Theirs 2' })

    fields.hours.value = '4'
    fields.showConflict('t1', 'weeklyHours', 6)
    expect(fields.conflictPrompt.value?.props).toEqual({ id: 'hours-t1-conflict', label: 'Estimated hours per week', theirs: 6 })
    fields.keep('theirs')
    expect(fields.hours.value).toBe('6')
    expect(save).toHaveBeenCalledTimes(1)
    stop()
  })

  it('saves a picked suggestion at once', () => {
    const { fields, save, stop } = setup({ task: task('t1'), decision: decision('t1', { choice: 'wont' }) })
    fields.pickSuggestion('Office staff')
    expect(fields.instead.value).toBe('Office staff')
    expect(save).toHaveBeenCalledWith('t1', { insteadBy: 'Office staff' }, 'stay', { insteadBy: '' })
    stop()
  })
})
