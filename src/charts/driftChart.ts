import type { DashboardSeries } from '@/domain/dashboard/series'
import { axisText, base, decalOf, hoursValue, weekAxis, weekLabel, type ChartOption, type ChartSettings } from './chartBase'

/** Hours on won't-do tasks per week of the period, and the running total. */
export function driftOption(series: Pick<DashboardSeries, 'drift' | 'weeks'>, settings: ChartSettings, summary: string): ChartOption {
  const { palette } = settings
  const byWeek = new Map(series.drift.weeks.map((w) => [w.weekStart, w.hours]))
  let running = 0
  const cumulative = series.weeks.map((w) => {
    running += byWeek.get(w.week.weekStart) ?? 0
    return running
  })
  const common = base(settings, summary)
  return {
    ...common,
    tooltip: { ...common.tooltip, valueFormatter: hoursValue },
    grid: { left: 48, right: 48, top: 24, bottom: 72 },
    xAxis: weekAxis(
      series.weeks.map((w) => weekLabel(w.week.weekStart)),
      palette,
    ),
    yAxis: [
      {
        type: 'value',
        name: 'h a week',
        nameTextStyle: axisText(palette),
        minInterval: 1,
        axisLabel: axisText(palette),
        splitLine: { lineStyle: { color: palette.border } },
      },
      {
        type: 'value',
        name: 'h in total',
        nameTextStyle: axisText(palette),
        minInterval: 1,
        axisLabel: axisText(palette),
        splitLine: { show: false },
      },
    ],
    series: [
      {
        type: 'bar',
        name: 'Hours on won’t-do tasks that week',
        barMaxWidth: 32,
        itemStyle: { color: palette.other, ...decalOf('other', palette) },
        data: series.weeks.map((w) => byWeek.get(w.week.weekStart) ?? 0),
      },
      {
        type: 'line',
        name: 'Running total',
        yAxisIndex: 1,
        symbol: 'diamond',
        symbolSize: 7,
        lineStyle: { type: 'dashed', width: 2, color: palette.ink },
        itemStyle: { color: palette.ink },
        data: cumulative,
      },
    ],
  }
}
