import { beforeEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import AddTaskForm from '@/components/meeting/AddTaskForm.vue'
import { db } from '@/db/database'
import { useAppStore } from '@/stores/app'
import { seedSchool } from '../../fixtures/db'
import { resetDatabase } from '../../support/database'

function mountForm() {
  const pinia = createPinia()
  setActivePinia(pinia)
  return mount(AddTaskForm, { global: { plugins: [pinia] }, attachTo: document.body })
}

describe('AddTaskForm', () => {
  beforeEach(async () => {
    await resetDatabase()
    await seedSchool()
  })

  it('adds a task in the chosen bucket, says so, and clears the text but keeps the bucket', async () => {
    const w = mountForm()
    await w.get('#new-task-title').setValue('Yearbook advising')
    await w.get('#new-task-bucket').setValue('learning')
    await w.get('#new-task-description').setValue('Friday afternoons.')
    await w.get('form').trigger('submit')
    await vi.waitFor(() =>
      expect(useAppStore().status?.text).toBe('“Yearbook advising” is added to the meeting under Professional learning.'),
    )
    const added = (await db.tasks.toArray()).find((t) => t.title === 'Yearbook advising')
    expect(added).toMatchObject({ bucket: 'learning', description: 'Friday afternoons.', origin: 'custom' })
    expect((w.get('#new-task-title').element as HTMLInputElement).value).toBe('')
    expect((w.get('#new-task-description').element as HTMLTextAreaElement).value).toBe('')
    expect((w.get('#new-task-bucket').element as HTMLSelectElement).value).toBe('learning')
    w.unmount()
  })

  it('shows a refused task at its field and keeps the text; the message goes once a task is added', async () => {
    const w = mountForm()
    await w.get('#new-task-title').setValue('Leading PLCs')
    await w.get('form').trigger('submit')
    await vi.waitFor(() => expect(w.find('#new-task-title-error').exists()).toBe(true))
    expect(w.get('#new-task-title-error').text()).toContain('A task called “Leading PLCs” already exists')
    expect(w.get('#new-task-title').attributes('aria-invalid')).toBe('true')
    expect(w.get('#new-task-title').attributes('aria-describedby')).toBe('new-task-title-limit new-task-title-error')
    expect((w.get('#new-task-title').element as HTMLInputElement).value).toBe('Leading PLCs')
    await w.get('#new-task-title').setValue('Bus duty')
    await w.get('form').trigger('submit')
    await vi.waitFor(() => expect(w.find('#new-task-title-error').exists()).toBe(false))
    expect((await db.tasks.toArray()).filter((t) => t.title === 'Bus duty')).toHaveLength(1)
    w.unmount()
  })

  it('saves nothing while a description is over its limit', async () => {
    const w = mountForm()
    const before = await db.tasks.count()
    await w.get('#new-task-title').setValue('Bus duty')
    await w.get('#new-task-description').setValue('d'.repeat(601))
    await w.get('form').trigger('submit')
    await new Promise((r) => setTimeout(r, 50))
    expect(await db.tasks.count()).toBe(before)
    expect(w.get('#new-task-description-limit').text()).toContain('1 over')
    w.unmount()
  })
})
