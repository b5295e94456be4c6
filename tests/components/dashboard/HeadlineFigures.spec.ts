import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import HeadlineFigures from '@/components/dashboard/HeadlineFigures.vue'
import { resolvePeriod } from '@/domain/dashboard/period'
import { buildDashboardSeries } from '@/domain/dashboard/series'
import { headlineFigures } from '@/domain/dashboard/summaries'
import { projectSplit } from '@/domain/projection'
import type { LoggedTime } from '@/domain/shares'

const year = {
  label: '2026–27',
  startDate: '2026-08-31',
  endDate: '2027-06-11',
  firstDayOfWeek: 1 as const,
  markedWeeks: [{ weekStart: '2026-09-14', kind: 'holiday' as const, label: '' }],
}
const targets = { coachingPct: 60, learningPct: 10 }
const e = (date: string, bucket: LoggedTime['bucket'], hours: number): LoggedTime => ({ schoolId: 's', date, bucket, hours, taskId: null })

function cards(entries: LoggedTime[]) {
  const r = resolvePeriod({ kind: 'custom', from: '2026-08-31', to: '2026-10-30' }, year, '2026-10-07')
  if (!r.ok) throw new Error(r.message)
  const series = buildDashboardSeries({
    year,
    period: r.period,
    entries,
    targets,
    wontDo: new Map(),
    planned: [],
    project: (p) => projectSplit(p, targets),
    taskTitle: String,
  })
  return mount(HeadlineFigures, { props: { figures: headlineFigures(series, targets) } })
}
const warned = (w: ReturnType<typeof cards>) =>
  w
    .findAll('.figure')
    .filter((f) => f.find('.figure__warning').exists())
    .map((f) => f.attributes('data-figure'))

describe('HeadlineFigures', () => {
  it('short professional learning warns on its own card only, not on the coaching cards', () => {
    // Two school weeks logged (of five so far), 70% coaching and 5% professional learning each; 3 h in the holiday week.
    const w = cards([
      e('2026-08-31', 'coaching', 14),
      e('2026-08-31', 'learning', 1),
      e('2026-09-01', 'other', 5),
      e('2026-09-07', 'coaching', 14),
      e('2026-09-07', 'learning', 1),
      e('2026-09-08', 'other', 5),
      e('2026-09-15', 'other', 3),
    ])
    expect(warned(w)).toEqual(['logged', 'learning'])
    const learning = w.find('[data-figure="learning"]')
    expect(learning.find('dt').text()).toBe('Professional learning, this period')
    expect(learning.find('.figure__warning').text()).toBe('Below the 10% target')
    expect(learning.find('svg[data-status-icon="below-target"]').exists()).toBe(true)
    expect(learning.classes()).toContain('figure--below')
    expect(w.find('[data-figure="coaching"]').classes()).not.toContain('figure--below')
    expect(w.find('[data-figure="coaching"] .figure__detail').text()).toBe(
      '10 points above the 60% target, over 40 h in school weeks, plus 3 h in marked weeks',
    )
    expect(w.find('[data-figure="logged"] .figure__value').text()).toBe('2 of 5')
    expect(w.find('[data-figure="logged"] .figure__detail').text()).toBe(
      '3 school weeks have nothing logged: a gap to fill, not counted as zero',
    )
    expect(w.find('[data-figure="ytd"] .figure__detail').text()).toMatch(/^2 of 5 school weeks logged/)
  })

  it('short coaching warns on the coaching cards and leaves professional learning alone', () => {
    // Every school week so far logged at 25% coaching and 15% professional learning.
    const w = cards([
      e('2026-08-31', 'coaching', 5),
      e('2026-08-31', 'learning', 3),
      e('2026-09-01', 'other', 12),
      e('2026-09-07', 'coaching', 5),
      e('2026-09-07', 'learning', 3),
      e('2026-09-08', 'other', 12),
      e('2026-09-21', 'coaching', 5),
      e('2026-09-21', 'learning', 3),
      e('2026-09-22', 'other', 12),
      e('2026-09-28', 'coaching', 5),
      e('2026-09-28', 'learning', 3),
      e('2026-09-29', 'other', 12),
      e('2026-10-05', 'coaching', 5),
      e('2026-10-05', 'learning', 3),
      e('2026-10-06', 'other', 12),
    ])
    expect(warned(w)).toEqual(['coaching', 'rolling', 'ytd'])
    expect(w.find('[data-figure="logged"] .figure__detail').text()).toBe('every school week so far has time logged')
  })
})
