import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { type VueWrapper } from '@vue/test-utils'
import MeetingView from '@/views/MeetingView.vue'
import { mountWithRouter } from '../support/mountWithRouter'
import { ensureCatalog } from '@/db/catalog'
import { db } from '@/db/database'
import { openMeetingAgreement, recordDecision } from '@/db/meeting'
import { TASK_CATALOG } from '@/domain/taskCatalog'
import { freshSetup } from '../db/support'
import { markSigned } from '../support/signed'

const waitFor = <T>(check: () => T | Promise<T>) => vi.waitFor(check, { timeout: 5000 })
let wrapper: VueWrapper | undefined

async function mountTasks() {
  ;({ wrapper } = await mountWithRouter(MeetingView, { path: '/meeting', query: { view: 'tasks' } }))
  await waitFor(() => expect(wrapper!.find('#task-list-heading').exists()).toBe(true))
  return wrapper
}

beforeEach(async () => {
  localStorage.clear()
  const ids = await freshSetup()
  await ensureCatalog()
  const agreement = await openMeetingAgreement(ids.schoolId, ids.schoolYearId)
  await recordDecision(agreement.id, TASK_CATALOG[0]!.id, { choice: 'will', weeklyHours: 5 })
  await markSigned(agreement)
})
afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  document.body.innerHTML = ''
})

describe('Manage tasks while the agreement in force is signed', () => {
  it('shows the task list read-only, says why, and offers a revision that makes it editable', async () => {
    const w = await mountTasks()
    await waitFor(() => expect(w.find('[data-testid="tasks-locked"]').exists()).toBe(true))
    const locked = w.get('[data-testid="tasks-locked"]').text()
    expect(locked).toContain('Version 1 is signed')
    expect(locked).toContain('nothing you do to the task list can change it')
    // No form that looks editable: no fields, no edit, archive or restore buttons.
    const manage = w.get('.manage')
    expect(manage.findAll('input, textarea, select').length).toBe(0)
    expect(manage.findAll('button').map((b) => b.text())).toEqual(['Revise version 1'])
    expect(manage.text()).toContain(TASK_CATALOG[0]!.title)

    await manage.get('button').trigger('click')
    await waitFor(() => expect(w.find('[data-testid="tasks-locked"]').exists()).toBe(false))
    expect(await db.agreements.count()).toBe(2)
    expect((await db.agreements.toArray()).map((a) => [a.version, a.status]).sort()).toEqual([
      [1, 'signed'],
      [2, 'draft'],
    ])
    await waitFor(() => expect(w.find('#new-task-title').exists()).toBe(true))
    expect(w.findAll('.manage select').length).toBeGreaterThan(0)
  })

  // Issue 12: the meeting's read-only view of a signed version read today's task records.
  it('lists a signed version from its snapshot: a task renamed or re-bucketed later reads as signed', async () => {
    const task = TASK_CATALOG[0]!
    await db.tasks.update(task.id, { title: 'Renamed after signing', bucket: task.bucket === 'other' ? 'coaching' : 'other' })
    ;({ wrapper } = await mountWithRouter(MeetingView, { path: '/meeting', query: { task: task.id } }))
    await waitFor(() => expect(wrapper!.find('[data-testid="signed-note"]').exists()).toBe(true))
    await waitFor(() => expect(wrapper!.text()).toContain(task.title))
    expect(wrapper.text()).not.toContain('Renamed after signing')
  })
})
