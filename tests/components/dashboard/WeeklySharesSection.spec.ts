import { defineComponent, h } from 'vue'
import { mount, flushPromises } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import WeeklySharesSection from '@/components/dashboard/WeeklySharesSection.vue'
import type { ChartOption } from '@/charts/chartBase'
import { COACHING_TARGET_NAME, FLAG_MARKER_NAME, LEARNING_TARGET_NAME } from '@/charts/chartBase'
import { palette, sampleSeries } from '../../support/dashboardFixtures'

// ECharts needs a real canvas; the stub records the option the chart would draw.
const drawn: ChartOption[] = []
vi.mock('vue-echarts', () => ({
  default: defineComponent({
    props: { option: { type: Object, required: true } },
    setup(props) {
      drawn.push(props.option as ChartOption)
      return () => h('div', { 'data-test': 'vchart' })
    },
  }),
}))

describe('WeeklySharesSection', () => {
  it('shows a summary, the chart with its target lines and flags, a key and a table of the same figures', async () => {
    const wrapper = mount(WeeklySharesSection, { props: { series: sampleSeries(), settings: { palette, animation: false } } })
    await vi.waitFor(
      async () => {
        await flushPromises()
        expect(wrapper.find('[data-test="vchart"]').exists()).toBe(true)
      },
      { timeout: 10_000 },
    )

    expect(wrapper.find('h2').text()).toBe('Coaching and professional learning, week by week')
    const summary = wrapper.find('[data-testid="weekly-summary"]').text()
    expect(summary).toMatch(/^3 of 3 school weeks logged\./)
    expect(summary).toContain('coaching was below 60% in 1 and professional learning below 10% in 1')
    expect(wrapper.find('[role="img"]').attributes('aria-label')).toBe(summary)
    expect(wrapper.find('figcaption').text()).toContain('its 60% target (dashed)')

    const option = drawn.at(-1)!
    const names = (option.series as Array<{ name: string }>).map((s) => s.name)
    expect(names).toContain(COACHING_TARGET_NAME(60))
    expect(names).toContain(LEARNING_TARGET_NAME(10))
    expect(JSON.stringify(option)).toContain(FLAG_MARKER_NAME)

    const rows = wrapper.findAll('[data-testid="weekly-table"] tbody tr')
    expect(rows).toHaveLength(4)
    // Issue 13: the target missed is named visibly, with the shared SVG icon (not an emoji).
    const status = rows[1]!.findAll('td').at(-1)!
    expect(status.text()).toBe('Coaching below 60%; Professional learning below 10%')
    expect(status.find('.visually-hidden').exists()).toBe(false)
    expect(status.find('svg[data-status-icon="below-target"]').exists()).toBe(true)
    expect(rows[0]!.findAll('td').at(-1)!.text()).toBe('On target')
    expect(rows[0]!.find('svg[data-status-icon="on-target"]').exists()).toBe(true)
    expect(rows[2]!.text()).toContain('Holiday')
    expect(rows[0]!.findAll('td')[0]!.text()).toBe('60% (6 h)')
  })
})
