import { defineComponent, h } from 'vue'
import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import ChartCanvas from '@/components/dashboard/ChartCanvas.vue'
import { type ChartOption, type ChartSettings } from '@/charts/chartBase'
import { driftOption } from '@/charts/driftChart'
import { plannedVsActualOption } from '@/charts/planVsActualChart'
import { rollingOption } from '@/charts/rollingChart'
import { weeklySharesOption } from '@/charts/weeklySharesChart'
import { yearToDateOption } from '@/charts/yearToDateChart'
import { withCanvasTooltips } from '@/charts/canvasTooltips'
import { palette, sampleSeries } from '../../support/dashboardFixtures'

// ECharts needs a real canvas; the stub records the option the chart would draw.
const drawn: ChartOption[] = []
vi.mock('vue-echarts', () => ({
  default: defineComponent({
    props: { option: { type: Object, required: true } },
    setup(props) {
      drawn.push(props.option as ChartOption)
      return () => h('div')
    },
  }),
}))

const settings: ChartSettings = { palette, animation: false }
const series = sampleSeries()
const charts: Record<string, ChartOption> = {
  'weekly shares': weeklySharesOption(series, settings, 'summary'),
  rolling: rollingOption(series, settings, 'summary'),
  'year to date': yearToDateOption(series, settings, 'summary'),
  'planned and logged': plannedVsActualOption([], settings, 'summary'),
  drift: driftOption(series, settings, 'summary'),
}

describe('chart tooltips under the content security policy', () => {
  it.each(Object.entries(charts))('draws the %s chart’s tooltip on the canvas, not as HTML with inline styles', (_name, option) => {
    drawn.length = 0
    mount(ChartCanvas, { props: { option } })
    const tooltip = drawn.at(-1)!.tooltip
    expect(tooltip).toMatchObject({ renderMode: 'richText' })
    // Everything else the chart option says about its tooltip is kept.
    expect(tooltip).toMatchObject(option.tooltip as object)
  })

  it('puts every tooltip of a chart on the canvas, and adds none where a chart has none', () => {
    const both = withCanvasTooltips({ tooltip: [{ trigger: 'axis' }, { trigger: 'item', renderMode: 'html' }] })
    expect(both.tooltip).toEqual([
      { trigger: 'axis', renderMode: 'richText' },
      { trigger: 'item', renderMode: 'richText' },
    ])
    expect(withCanvasTooltips({ series: [] })).toEqual({ series: [] })
  })
})
