import { describe, expect, it } from 'vitest'
import type { LineSeriesOption, BarSeriesOption } from 'echarts/charts'
import { COACHING_TARGET_NAME, FLAG_MARKER_NAME, LEARNING_TARGET_NAME, UPCOMING_LABEL, type ChartSettings } from '@/charts/chartBase'
import { driftOption } from '@/charts/driftChart'
import { plannedVsActualOption } from '@/charts/planVsActualChart'
import { rollingOption } from '@/charts/rollingChart'
import { weeklySharesOption } from '@/charts/weeklySharesChart'
import { yearToDateOption } from '@/charts/yearToDateChart'
import { palette, sampleSeries } from '../support/dashboardFixtures'

const settings: ChartSettings = { palette, animation: false }

const b12 = (axis: unknown) => ((axis as { axisLabel: { fontSize: number } }).axisLabel.fontSize ?? 0) >= 12
const seriesOf = (option: ReturnType<typeof weeklySharesOption>) => option.series as Array<BarSeriesOption | LineSeriesOption>

// Issue 13: the weekly chart shows the two shares that have targets as lines against their target lines.
describe('weekly shares chart option', () => {
  const option = weeklySharesOption(sampleSeries(), settings, 'summary text')
  const lines = () => seriesOf(option) as LineSeriesOption[]

  it('draws coaching and professional learning as lines per week, a gap where nothing is logged', () => {
    const [coaching, learning] = lines()
    expect([coaching!.name, learning!.name]).toEqual(['Coaching share', 'Professional learning share'])
    const values = (l: LineSeriesOption) => (l.data as Array<{ value: number } | null>).map((d) => d?.value ?? null)
    expect(values(coaching!)).toEqual([60, 40, null, 80])
    expect(values(learning!)).toEqual([10, 0, null, 20])
    expect(seriesOf(option).some((s) => s.type === 'bar')).toBe(false)
    expect(option.yAxis).toMatchObject({ min: 0, max: 100 })
  })

  it('draws each target as its own line, dashed and dotted, every line labelled at its end', () => {
    const [coaching, learning, coachingTarget, learningTarget] = lines()
    expect([coachingTarget!.name, learningTarget!.name]).toEqual([COACHING_TARGET_NAME(60), LEARNING_TARGET_NAME(10)])
    expect(coachingTarget!.data).toEqual([60, 60, 60, 60])
    expect(learningTarget!.data).toEqual([10, 10, 10, 10]) // no longer "from the top"
    expect([coachingTarget, learningTarget].map((l) => (l!.lineStyle as { type: string }).type)).toEqual(['dashed', 'dotted'])
    for (const l of [coaching, learning, coachingTarget, learningTarget]) expect(l!.endLabel).toMatchObject({ show: true })
    expect(coachingTarget!.endLabel!.formatter).toBe('Coaching target 60%')
    expect(learningTarget!.endLabel!.formatter).toBe('Learning target 10%')
  })

  it('marks exactly the weeks below each line’s own target, and shades the holiday', () => {
    const [coaching, learning] = lines()
    const flaggedAt = (l: LineSeriesOption) =>
      (l.data as Array<{ name?: string } | null>).flatMap((d, i) => (d?.name === FLAG_MARKER_NAME ? [i] : []))
    expect(flaggedAt(coaching!)).toEqual([1])
    expect(flaggedAt(learning!)).toEqual([1])
    expect(coaching!.markArea?.data).toEqual([[{ xAxis: 2, name: 'Holiday' }, { xAxis: 2 }]])
  })

  it('shows upcoming weeks only as an empty band marked "Upcoming"', () => {
    const s = sampleSeries()
    const upcoming = [
      { ...s.weeks[0]!.week, weekStart: '2026-10-05' },
      { ...s.weeks[0]!.week, weekStart: '2026-10-12' },
    ]
    const withUpcoming = weeklySharesOption(s, settings, 'x', { upcoming })
    const [coaching] = withUpcoming.series as LineSeriesOption[]
    expect((coaching!.data as unknown[]).slice(4)).toEqual([null, null])
    expect(coaching!.markArea?.data).toContainEqual([{ xAxis: 4, name: UPCOMING_LABEL }, { xAxis: 5 }])
    expect((withUpcoming.xAxis as { data: string[] }).data).toHaveLength(6)
  })

  it('tells lines apart without colour, writes axis text at 12 px, describes itself, can switch animation off', () => {
    const [coaching, learning] = lines()
    expect((coaching!.lineStyle as { type: string }).type).toBe('solid')
    expect((learning!.lineStyle as { type: unknown }).type).toEqual([6, 4])
    expect((option.xAxis as { axisLabel: { fontSize: number } }).axisLabel.fontSize).toBeGreaterThanOrEqual(12)
    expect((option.yAxis as { axisLabel: { fontSize: number } }).axisLabel.fontSize).toBeGreaterThanOrEqual(12)
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
    const bars = option.series as BarSeriesOption[]
    expect(bars[0]!.markLine?.data?.map((d) => (d as { xAxis: number }).xAxis)).toEqual([60, 90])
    // Dark labels on a plain box: never white text on a striped or dotted fill (issue 13).
    for (const b of bars) expect(b.label).toMatchObject({ color: palette.ink, backgroundColor: palette.surface })
    expect(b12(option.xAxis)).toBe(true)
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
