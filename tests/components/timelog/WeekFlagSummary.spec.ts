import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { ref } from 'vue'
import WeekFlagSummary from '@/components/timelog/WeekFlagSummary.vue'
import { TIME_LOG_CONTEXT } from '@/composables/timeLogInjection'
import type { TimeLogContext } from '@/composables/useTimeLogContext'

const year = {
  id: 'y1',
  label: '2026–27',
  startDate: '2026-08-17',
  endDate: '2027-06-11',
  firstDayOfWeek: 1 as const,
  markedWeeks: [{ weekStart: '2026-11-23', kind: 'holiday' as const, label: 'Thanksgiving' }],
  createdAt: 0,
  updatedAt: 0,
}
const entry = (date: string, bucket: 'coaching' | 'learning' | 'other', hours: number) => ({
  id: `${date}${bucket}`,
  schoolId: 's1',
  date,
  taskId: null,
  bucket,
  rowKey: `bucket:${bucket}`,
  hours,
  createdAt: 0,
  updatedAt: 0,
})

function mountFor(weekStart: string, entries: ReturnType<typeof entry>[]) {
  const yearEntries = ref(entries)
  const ctx = { schoolYear: ref(year), yearEntries, targetsFor: () => ({ coachingPct: 60, learningPct: 10 }) } as unknown as TimeLogContext
  return {
    wrapper: mount(WeekFlagSummary, { props: { schoolId: 's1', weekStart }, global: { provide: { [TIME_LOG_CONTEXT as symbol]: ctx } } }),
    yearEntries,
  }
}

describe('WeekFlagSummary', () => {
  it('shows the week’s hours, both shares against their targets and the hours short, and follows changes', async () => {
    const { wrapper, yearEntries } = mountFor('2026-09-14', [
      entry('2026-09-14', 'coaching', 26),
      entry('2026-09-15', 'learning', 2),
      entry('2026-09-16', 'other', 12),
    ])
    const text = () => wrapper.text().replace(/\s+/g, ' ')
    expect(text()).toContain('40 h this week')
    expect(text()).toContain('Coaching 65% (target 60%)')
    expect(text()).toContain('Professional learning 5% (target 10%): 2 h short')
    expect(wrapper.find('[data-bucket="learning"]').classes()).toContain('short')
    expect(wrapper.find('[data-bucket="learning"]').text()).toContain('Below target')
    expect(wrapper.find('[data-bucket="coaching"]').classes()).not.toContain('short')
    yearEntries.value = [...yearEntries.value, entry('2026-09-17', 'learning', 3)]
    await wrapper.vm.$nextTick()
    expect(text()).toContain('43 h this week')
    expect(text()).not.toContain('short')
  })

  it('says so for an empty week and a marked week', () => {
    expect(mountFor('2026-09-21', []).wrapper.text()).toContain('Nothing logged this week yet.')
    expect(mountFor('2026-11-23', [entry('2026-11-23', 'other', 2)]).wrapper.text()).toContain(
      'A marked week: its hours are kept but not flagged.',
    )
  })
})
