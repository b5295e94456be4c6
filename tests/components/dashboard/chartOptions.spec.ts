import { describe, expect, it } from 'vitest'
import type { LineSeriesOption, BarSeriesOption } from 'echarts/charts'
import {
  COACHING_TARGET_NAME, FLAG_MARKER_NAME, LEARNING_TARGET_NAME, driftOption, plannedVsActualOption, rollingOption, weeklySharesOption, yearToDateOption,
  type ChartSettings,
} from '@/components/dashboard/chartOptions'
import { palette, sampleSeries } from '../../support/dashboardFixtures'

const settings: ChartSettings = { palette, animation: false }

const seriesOf = (option: ReturnType<typeof weeklySharesOption>) => option.series as Array<BarSeriesOption | LineSeriesOption>

describe('weekly shares chart option', () => {
  const option = weeklySharesOption(sampleSeries(), settings, 'summary text')

  it('stacks the three buckets to 100% per week, coaching at the bottom and learning at the top', () => {
    const bars = seriesOf(option).filter((s) => s.type === 'bar')
    expect(bars.map((s) => s.name)).toEqual(['Coaching', 'Other duties', 'Professional learning'])
    expect(bars.every((s) => s.stack === 'share')).toBe(true)
    expect(bars[0]!.data).toEqual([60, 40, null, 80])
    expect(option.yAxis).toMatchObject({ min: 0, max: 100 })
  })

  it('carries the 60% and 10% target lines as named, dashed and dotted series for the legend', () => {
    const lines = seriesOf(option).filter((s) => s.type === 'line') as LineSeriesOption[]
    expect(lines.map((l) => l.name)).toEqual([COACHING_TARGET_NAME(60), LEARNING_TARGET_NAME(10)])
    expect(lines[0]!.data).toEqual([60, 60, 60, 60])
    expect(lines[1]!.data).toEqual([90, 90, 90, 90]) // learning sits on top: its 10% begins at 90%
    expect(lines.map((l) => (l.lineStyle as { type: string }).type)).toEqual(['dashed', 'dotted'])
  })

  it('marks exactly the flagged weeks and shades the holiday', () => {
    const top = seriesOf(option)[2] as BarSeriesOption
    expect(top.markPoint?.data).toEqual([{ name: FLAG_MARKER_NAME, coord: [1, 100] }])
    const coaching = seriesOf(option)[0] as BarSeriesOption
    expect(coaching.markArea?.data).toEqual([[{ xAxis: 2, name: 'Holiday' }, { xAxis: 2 }]])
  })

  it('uses patterns as well as colour, describes itself, and can switch animation off', () => {
    const bars = seriesOf(option).filter((s) => s.type === 'bar') as BarSeriesOption[]
    expect(bars[1]!.itemStyle?.decal).toBeTruthy()
    expect(bars[2]!.itemStyle?.decal).toBeTruthy()
    expect(option.animation).toBe(false)
    expect(option.aria).toMatchObject({ enabled: true, label: { description: 'summary text' } })
  })
})

describe('other chart options', () => {
  const series = sampleSeries()
  it('rolling line: one point per begun school week, triangles where the window is below target, and the target line', () => {
    const option = rollingOption(series, settings, 's')
    const [rolling, , target] = option.series as LineSeriesOption[]
    expect((rolling!.data as Array<{ symbol: string }>).map((d) => d.symbol)).toEqual(['circle', 'triangle', 'circle'])
    expect(target!.name).toBe(COACHING_TARGET_NAME(60))
    expect(target!.data).toEqual([60, 60, 60])
  })
  it('year to date: two 100% bars with both targets as lines', () => {
    const option = yearToDateOption(series, settings, 's')
    const first = (option.series as BarSeriesOption[])[0]!
    expect(first.markLine?.data?.map((d) => (d as { xAxis: number }).xAxis)).toEqual([60, 90])
  })
  it('planned vs actual: planned and logged per bucket', () => {
    const option = plannedVsActualOption(series.plan.byBucket, settings, 's')
    const [planned, logged] = option.series as BarSeriesOption[]
    expect(planned!.data).toEqual([0, 0, 5])
    expect((logged!.data as Array<{ value: number }>).map((d) => d.value)).toEqual([3, 1, 6])
  })
  it('drift: hours per week and the running total', () => {
    const option = driftOption(series, settings, 's')
    const [bars, total] = option.series as Array<BarSeriesOption | LineSeriesOption>
    expect(bars!.data).toEqual([0, 6, 0, 0])
    expect(total!.data).toEqual([0, 6, 6, 6])
  })
})

describe('hours in chart tooltips', () => {
  // Issue 12: tooltips rounded hours to a tenth (1.25 h read 1.3).
  it('use the one hours format in the planned-vs-logged and drift charts', () => {
    const series = sampleSeries()
    for (const option of [plannedVsActualOption(series.plan.byBucket, settings, 's'), driftOption(series, settings, 's')]) {
      const tooltip = option.tooltip as { valueFormatter: (v: unknown) => string; trigger: string }
      expect(tooltip.trigger).toBe('axis')
      expect(tooltip.valueFormatter(1.25)).toBe('1.25 h')
      expect(tooltip.valueFormatter(0.75)).toBe('0.75 h')
      expect(tooltip.valueFormatter(2)).toBe('2 h')
    }
  })
})
