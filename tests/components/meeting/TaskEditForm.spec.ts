import { beforeEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import TaskEditForm from '@/components/meeting/TaskEditForm.vue'
import { db } from '@/db/database'
import type { Task } from '@/domain/schemas'
import { useAppStore } from '@/stores/app'
import { seedSchool } from '../../fixtures/db'
import { resetDatabase } from '../../support/database'

let tasks: Task[]
function mountForm(task: Task) {
  const pinia = createPinia()
  setActivePinia(pinia)
  return mount(TaskEditForm, { props: { task }, global: { plugins: [pinia] }, attachTo: document.body })
}

describe('TaskEditForm', () => {
  beforeEach(async () => {
    await resetDatabase()
    ;({ tasks } = await seedSchool())
  })

  it('starts from the task’s wording, saves the edit, says so and closes', async () => {
    const task = tasks[2]!
    const w = mountForm(task)
    expect((w.get(`#edit-title-${task.id}`).element as HTMLInputElement).value).toBe('Leading PLCs')
    await w.get(`#edit-title-${task.id}`).setValue('  Leading grade-level PLCs ')
    await w.get(`#edit-description-${task.id}`).setValue('Two a month.')
    await w.get('form').trigger('submit')
    await vi.waitFor(() => expect(w.emitted('close')).toEqual([[]]))
    expect(useAppStore().status?.text).toBe('“Leading grade-level PLCs” is saved.')
    expect(await db.tasks.get(task.id)).toMatchObject({ title: 'Leading grade-level PLCs', description: 'Two a month.', bucket: 'other' })
    w.unmount()
  })

  it('shows a refused edit at its field and stays open', async () => {
    const task = tasks[2]!
    const w = mountForm(task)
    await w.get(`#edit-title-${task.id}`).setValue('Overseeing state testing')
    await w.get('form').trigger('submit')
    await vi.waitFor(() => expect(w.find(`#edit-title-${task.id}-error`).exists()).toBe(true))
    expect(w.get(`#edit-title-${task.id}-error`).text()).toContain('already exists')
    expect(w.emitted('close')).toBeUndefined()
    expect((await db.tasks.get(task.id))?.title).toBe('Leading PLCs')
    w.unmount()
  })

  it('saves nothing over a limit, and closes without saving on Cancel or Escape', async () => {
    const task = tasks[0]!
    const w = mountForm(task)
    await w.get(`#edit-title-${task.id}`).setValue('T'.repeat(121))
    await w.get('form').trigger('submit')
    await new Promise((r) => setTimeout(r, 50))
    expect(w.emitted('close')).toBeUndefined()
    expect(w.get(`#edit-title-${task.id}-limit`).text()).toContain('1 over')
    await w.get('form').trigger('keydown', { key: 'Escape' })
    await w
      .findAll('button')
      .find((b) => b.text() === 'Cancel')!
      .trigger('click')
    expect(w.emitted('close')).toEqual([[], []])
    expect((await db.tasks.get(task.id))?.title).toBe(task.title)
    w.unmount()
  })
})
