import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { RecordValidationError } from '@/domain/validation'
import type { CoachingCycle } from '@/domain/schemas/cycle'
import { emptyCycleFields } from '@/domain/cycles/newCycle'

const push = vi.fn()
vi.mock('vue-router', () => ({ useRouter: () => ({ push }) }))
vi.mock('@/db/cycles', () => ({ createCycle: vi.fn(), updateCycle: vi.fn() }))
vi.mock('@/db/cycleQueries', async () => {
  const { ref } = await import('vue')
  const live = <T>(value: T) => ({ data: ref(value), ready: ref(true), error: ref(null) })
  return { useCycleSessions: () => live([]), useCycle: () => live(undefined), useSchoolSessions: () => live([]) }
})
vi.mock('@/db/queries', async () => {
  const { ref } = await import('vue')
  return { useTasks: () => ({ data: ref([]), ready: ref(true), error: ref(null) }) }
})
vi.mock('@/db/sessionRowQueries', async () => {
  const { ref } = await import('vue')
  return { useSessionRows: () => ({ data: ref(undefined), ready: ref(false), error: ref(null) }) }
})
vi.mock('@/db/cycleSessions', () => {
  class SessionNeedsConfirmation extends Error {}
  return { SessionNeedsConfirmation, addCycleSession: vi.fn(), deleteCycleSession: vi.fn(), updateCycleSession: vi.fn() }
})

const { createCycle, updateCycle } = await import('@/db/cycles')
const { addCycleSession, SessionNeedsConfirmation } = await import('@/db/cycleSessions')
const StartCycleForm = (await import('@/components/cycles/StartCycleForm.vue')).default
const CycleIdentify = (await import('@/components/cycles/CycleIdentify.vue')).default
const CycleSessions = (await import('@/components/cycles/CycleSessions.vue')).default

const cycle: CoachingCycle = {
  id: 'c1',
  schoolId: 's1',
  schoolYearId: 'y1',
  teacherName: 'Dana Reyes',
  teacherLabel: 'DR',
  gradeOrSubject: 'Grade 4',
  startDate: '2026-09-14',
  ...emptyCycleFields(),
  createdAt: 1,
  updatedAt: 1,
}

beforeEach(() => {
  setActivePinia(createPinia())
  vi.clearAllMocks()
})

describe('the start form', () => {
  it('refuses an empty teacher name at the field and saves nothing', async () => {
    const w = mount(StartCycleForm, { props: { schoolId: 's1', schoolYearId: 'y1' } })
    await w.get('form').trigger('submit')
    await flushPromises()
    expect(w.get('#cycle-teacher-error').text()).toBe('Enter the teacher’s name.')
    expect(w.get('#cycle-teacher').attributes('aria-invalid')).toBe('true')
    expect(createCycle).not.toHaveBeenCalled()
    expect(push).not.toHaveBeenCalled()
  })
})

describe('the Identify form', () => {
  it('shows a write’s field error at its field and keeps the text', async () => {
    vi.mocked(updateCycle).mockRejectedValue(new RecordValidationError('cycle', [{ field: 'target.value', message: 'Enter a number.' }]))
    const w = mount(CycleIdentify, { props: { cycle } })
    await w.get('#identify-goal').setValue('Students explain their thinking.')
    await w.get('#identify-tv').setValue('lots')
    await w.get('form').trigger('submit')
    await flushPromises()
    expect(w.get('#identify-tv-error').text()).toBe('Enter a number.')
    expect((w.get('#identify-tv').element as HTMLInputElement).value).toBe('lots')
    expect((w.get('#identify-goal').element as HTMLTextAreaElement).value).toBe('Students explain their thinking.')
  })
})

describe('the sessions panel', () => {
  it('asks to confirm a session on a marked week, then retries with confirmMarkedDay', async () => {
    vi.mocked(addCycleSession)
      .mockRejectedValueOnce(new SessionNeedsConfirmation('The week of September 14 is marked as testing week.'))
      .mockResolvedValueOnce({} as never)
    const w = mount(CycleSessions, { props: { cycleId: 'c1' } })
    await w.get('#session-minutes').setValue('45')
    await w.get('form').trigger('submit')
    await flushPromises()
    expect(w.text()).toContain('The week of September 14 is marked as testing week.')
    const again = w.findAll('button').find((b) => b.text() === 'Log it anyway')!
    await again.trigger('click')
    await flushPromises()
    expect(addCycleSession).toHaveBeenLastCalledWith(expect.objectContaining({ minutes: 45, confirmMarkedDay: true }))
    expect(w.text()).not.toContain('Log it anyway')
  })
})
