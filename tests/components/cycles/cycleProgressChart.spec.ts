import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import type { CoachingCycle } from '@/domain/schemas/cycle'
import { emptyCycleFields } from '@/domain/cycles/newCycle'

const drawn: unknown[] = []
vi.mock('@/components/dashboard/ChartCanvas.vue', () => ({
  __esModule: true,
  default: defineComponent({
    props: { option: { type: Object, required: true } },
    setup(props) {
      drawn.push(props.option)
      return () => h('div', { 'data-testid': 'canvas' })
    },
  }),
}))
vi.mock('@/db/cycles', () => ({ addAdaptation: vi.fn(), addProgressCheck: vi.fn(), removeProgressCheck: vi.fn() }))

const CycleProgressChart = (await import('@/components/cycles/CycleProgressChart.vue')).default
const CycleImprove = (await import('@/components/cycles/CycleImprove.vue')).default

const cycle = (extra: Partial<CoachingCycle> = {}): CoachingCycle => ({
  id: 'c1',
  schoolId: 's1',
  schoolYearId: 'y1',
  teacherName: 'Dana Reyes',
  teacherLabel: 'DR',
  gradeOrSubject: 'Grade 4',
  startDate: '2026-09-14',
  ...emptyCycleFields(),
  baseline: { date: '2026-09-21', value: 40 },
  target: { date: '2026-12-11', value: 80 },
  progressChecks: [{ id: 'p1', date: '2026-10-20', value: 64, note: '' }],
  createdAt: 1,
  updatedAt: 1,
  ...extra,
})

beforeEach(() => {
  setActivePinia(createPinia())
  drawn.length = 0
})

describe('the progress chart', () => {
  it('says in one sentence what the chart shows, as its text alternative', async () => {
    const w = mount(CycleProgressChart, { props: { cycle: cycle() } })
    const sentence = 'Latest check 64% on Oct 20, baseline 40%, target 80% by Dec 11: 60% of the way.'
    expect(w.get('[data-testid="progress-summary"]').text()).toBe(sentence)
    expect(w.get('[role="img"]').attributes('aria-label')).toBe(sentence)
    await flushPromises()
    await vi.dynamicImportSettled()
    await flushPromises()
    expect(w.find('[data-testid="canvas"]').exists()).toBe(true)
    expect(drawn[0]).toMatchObject({ aria: { label: { description: sentence } } })
  })

  it('is shown in the Improve phase only when there is a baseline or a check', () => {
    expect(
      mount(CycleImprove, { props: { cycle: cycle() } })
        .find('[data-testid="progress-summary"]')
        .exists(),
    ).toBe(true)
    const onlyBaseline = mount(CycleImprove, { props: { cycle: cycle({ progressChecks: [], target: null }) } })
    expect(onlyBaseline.get('[data-testid="progress-summary"]').text()).toBe('No progress check yet, baseline 40%.')
    const nothing = mount(CycleImprove, { props: { cycle: cycle({ baseline: null, progressChecks: [] }) } })
    expect(nothing.find('[data-testid="progress-summary"]').exists()).toBe(false)
  })
})
