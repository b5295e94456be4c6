import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import type { CycleSession } from '@/domain/schemas/cycle'

const sessions = ref<CycleSession[]>([])
const rowChoices = ref<{ rowKey: string; title: string }[] | undefined>(undefined)
const live = <T>(data: T) => ({ data, ready: ref(true), error: ref(null) })

vi.mock('@/db/cycleQueries', () => ({
  useCycle: () => live(ref({ id: 'c1', schoolId: 's1', schoolYearId: 'y1' })),
  useCycleSessions: () => live(sessions),
  useSchoolSessions: () => live(sessions),
}))
vi.mock('@/db/queries', () => ({
  useTasks: () => live(ref([{ id: 'cat-coaching-observing-feedback', title: 'Observing and giving feedback' }])),
}))
vi.mock('@/db/sessionRowQueries', () => ({ useSessionRows: () => live(rowChoices) }))
vi.mock('@/db/cycleSessions', () => {
  class SessionNeedsConfirmation extends Error {}
  return { SessionNeedsConfirmation, addCycleSession: vi.fn(), deleteCycleSession: vi.fn(), updateCycleSession: vi.fn() }
})

const { addCycleSession, deleteCycleSession } = await import('@/db/cycleSessions')
const CycleSessions = (await import('@/components/cycles/CycleSessions.vue')).default

const session = (extra: Partial<CycleSession> = {}): CycleSession => ({
  id: 'x1',
  cycleId: 'c1',
  schoolId: 's1',
  schoolYearId: 'y1',
  date: '2026-09-14',
  minutes: 45,
  kind: 'observation',
  rowKey: 'cat-coaching-observing-feedback',
  note: '',
  createdAt: 1,
  updatedAt: 1,
  ...extra,
})
const button = (w: ReturnType<typeof mount>, text: string) => w.findAll('button').find((b) => b.text() === text)!
const options = (w: ReturnType<typeof mount>) =>
  w
    .get('#session-row')
    .findAll('option')
    .map((o) => [o.attributes('value'), o.text()])

beforeEach(() => {
  setActivePinia(createPinia())
  vi.clearAllMocks()
  sessions.value = []
  rowChoices.value = [
    { rowKey: 'cat-coaching-goal-setting', title: 'Goal setting with teachers' },
    { rowKey: 'cat-coaching-observing-feedback', title: 'Observing and giving feedback' },
    { rowKey: 'bucket:coaching', title: 'Coaching (no task)' },
  ]
})

describe('the session’s row in the time log', () => {
  it('offers the coaching rows of the week’s sheet and defaults to the kind’s row', async () => {
    const w = mount(CycleSessions, { props: { cycleId: 'c1' }, attachTo: document.body })
    await flushPromises()
    expect(options(w)).toEqual([
      ['cat-coaching-goal-setting', 'Goal setting with teachers'],
      ['cat-coaching-observing-feedback', 'Observing and giving feedback'],
      ['bucket:coaching', 'Coaching (no task)'],
    ])
    expect((w.get('#session-row').element as HTMLSelectElement).value).toBe('cat-coaching-goal-setting')
    await w.get('#session-kind').setValue('observation')
    expect((w.get('#session-row').element as HTMLSelectElement).value).toBe('cat-coaching-observing-feedback')
    await w.get('#session-kind').setValue('modeling')
    expect((w.get('#session-row').element as HTMLSelectElement).value).toBe('bucket:coaching')
    w.unmount()
  })

  it('saves the row the coach chose, which then no longer follows the kind', async () => {
    vi.mocked(addCycleSession).mockResolvedValue(session())
    const w = mount(CycleSessions, { props: { cycleId: 'c1' } })
    await flushPromises()
    await w.get('#session-minutes').setValue('50')
    await w.get('#session-row').setValue('bucket:coaching')
    await w.get('#session-kind').setValue('observation')
    await w.get('form').trigger('submit')
    await flushPromises()
    expect(addCycleSession).toHaveBeenCalledWith(expect.objectContaining({ minutes: 50, kind: 'observation', rowKey: 'bucket:coaching' }))
  })

  it('lists each session with its time in the log and the row it landed on', async () => {
    sessions.value = [
      session({ minutes: 50 }),
      session({ id: 'x2', date: '2026-09-15', minutes: 30, kind: 'meeting', rowKey: 'bucket:coaching' }),
    ]
    const w = mount(CycleSessions, { props: { cycleId: 'c1' } })
    await flushPromises()
    const items = w.findAll('li').map((li) => li.text())
    expect(items[0]).toContain('50 minutes (0.75 h in the time log).')
    expect(items[0]).toContain('Row: Observing and giving feedback.')
    expect(items[1]).toContain('30 minutes (0.5 h in the time log).')
    expect(items[1]).toContain('Row: Coaching (no task).')
  })
})

describe('deleting a session', () => {
  it('asks first, saying what happens to its time, with focus on Keep', async () => {
    sessions.value = [session()]
    const w = mount(CycleSessions, { props: { cycleId: 'c1' }, attachTo: document.body })
    await flushPromises()
    await button(w, 'Delete').trigger('click')
    await flushPromises()
    const group = w.get('[role="group"]')
    expect(group.text()).toContain('Delete this 45-minute observation on Sep 14, 2026? Its 0.75 h leave the time log of that day.')
    expect(group.attributes('aria-labelledby')).toBe(group.get('p').attributes('id'))
    expect(document.activeElement?.textContent).toBe('Keep')
    expect(deleteCycleSession).not.toHaveBeenCalled()
    w.unmount()
  })

  it('Keep (or Escape) closes the question, deletes nothing and puts focus back on Delete', async () => {
    sessions.value = [session()]
    const w = mount(CycleSessions, { props: { cycleId: 'c1' }, attachTo: document.body })
    await flushPromises()
    await button(w, 'Delete').trigger('click')
    await flushPromises()
    await button(w, 'Keep').trigger('click')
    await flushPromises()
    expect(w.find('[role="group"]').exists()).toBe(false)
    expect(document.activeElement?.textContent).toBe('Delete')
    await button(w, 'Delete').trigger('click')
    await flushPromises()
    await w.get('[role="group"]').trigger('keydown', { key: 'Escape' })
    await flushPromises()
    expect(w.find('[role="group"]').exists()).toBe(false)
    expect(deleteCycleSession).not.toHaveBeenCalled()
    w.unmount()
  })

  it('Delete deletes the session and moves focus to the sessions heading', async () => {
    sessions.value = [session()]
    vi.mocked(deleteCycleSession).mockImplementation(async () => {
      sessions.value = []
    })
    const w = mount(CycleSessions, { props: { cycleId: 'c1' }, attachTo: document.body })
    await flushPromises()
    await button(w, 'Delete').trigger('click')
    await flushPromises()
    await w.get('[role="group"]').findAll('button')[0]!.trigger('click')
    await flushPromises()
    expect(deleteCycleSession).toHaveBeenCalledWith('x1')
    expect(document.activeElement?.id).toBe('sessions-title')
    w.unmount()
  })
})
