import { describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import DecisionPanel from '@/components/meeting/DecisionPanel.vue'
import { catalogEntry } from '@/domain/taskCatalog'
import type { Task } from '@/domain/schemas'

const builtIn = (id: string, origin: Task['origin'] = 'catalog'): Task => {
  const e = catalogEntry(id)!
  return {
    id,
    title: e.title,
    description: e.description,
    bucket: e.bucket,
    origin,
    archived: false,
    sortOrder: e.sortOrder,
    createdAt: 0,
    updatedAt: 0,
  }
}
const guidance = async (w: ReturnType<typeof panel>) => {
  await vi.waitFor(() => expect(w.find('[data-testid="task-guidance"]').exists()).toBe(true))
  return w.get('[data-testid="task-guidance"]').text()
}
const panel = (task: Task) =>
  mount(DecisionPanel, {
    props: { item: { task, decision: undefined }, position: 1, total: 74, readOnly: false, suggestions: [], canUndo: false },
  })

describe('the meeting’s notes on a built-in task', () => {
  it('cautions on tasks that make the coach a quasi-administrator', async () => {
    for (const id of ['cat-other-evaluating-teachers', 'cat-other-lesson-plan-review', 'cat-other-walk-throughs']) {
      const w = panel(builtIn(id))
      expect(await guidance(w), id).toContain('Caution: this puts the coach in the role of an administrator.')
      w.unmount()
    }
  })

  it('says that passing evaluative information conflicts with both built-in policies', async () => {
    const w = panel(builtIn('cat-other-passing-evaluative-info'))
    expect(await guidance(w)).toContain('conflicts with both built-in confidentiality policies')
    w.unmount()
  })

  it('hints at the 15% warning sign on data and testing tasks, and suggests the principal meetings as will-do', async () => {
    const testing = panel(builtIn('cat-other-state-testing'))
    expect(await guidance(testing)).toContain('more than about 15% of the week on data and testing work')
    testing.unmount()
    const meetings = panel(builtIn('cat-other-principal-meetings'))
    expect(await guidance(meetings)).toContain('Suggested: will do.')
    expect(meetings.findAll('button[aria-pressed="true"]')).toHaveLength(0) // a suggestion, never a decision
    meetings.unmount()
  })

  it('shows nothing for a plain task or a custom one', async () => {
    await new Promise((r) => setTimeout(r, 20))
    for (const task of [builtIn('cat-coaching-goal-setting'), builtIn('cat-other-walk-throughs', 'custom')]) {
      const w = panel(task)
      expect(w.find('[data-testid="task-guidance"]').exists(), task.id).toBe(false)
      w.unmount()
    }
  })
})
