import type { BarSeriesOption } from 'echarts/charts'
import { BUCKET_LABELS } from '@/domain/buckets'
import type { DashboardSeries } from '@/domain/dashboard/series'
import {
  axisText,
  base,
  CHART_FONT_SIZE,
  decalOf,
  percentAxis,
  round1,
  STACK_ORDER,
  type ChartOption,
  type ChartSettings,
} from './chartBase'

/** The period and the year to date as two 100% bars with the targets as vertical lines. */
export function yearToDateOption(
  series: Pick<DashboardSeries, 'periodShares' | 'yearToDate' | 'targets'>,
  settings: ChartSettings,
  summary: string,
): ChartOption {
  const { palette } = settings
  const rows = [
    { label: 'Year to date', p: series.yearToDate.shares.percent },
    { label: 'This period', p: series.periodShares.shares.percent },
  ]
  const bars: BarSeriesOption[] = STACK_ORDER.map((bucket) => ({
    type: 'bar',
    name: BUCKET_LABELS[bucket],
    stack: 'share',
    barMaxWidth: 40,
    itemStyle: { color: palette[bucket], ...decalOf(bucket, palette) },
    // Dark text on a plain box, readable on any fill or pattern.
    label: {
      show: true,
      formatter: (p) => (typeof p.value === 'number' && p.value >= 8 ? `${Math.floor(p.value)}%` : ''),
      color: palette.ink,
      backgroundColor: palette.surface,
      padding: [2, 4],
      borderRadius: 2,
      fontSize: CHART_FONT_SIZE,
      fontWeight: 'bold',
    },
    data: rows.map((r) => (r.p ? round1(r.p[bucket]) : null)),
  }))
  const first = bars[0]
  if (first) {
    first.markLine = {
      symbol: 'none',
      silent: true,
      label: { formatter: '{b}', color: palette.ink, fontSize: CHART_FONT_SIZE, position: 'end' },
      data: [
        {
          name: `${series.targets.coachingPct}%`,
          xAxis: series.targets.coachingPct,
          lineStyle: { type: 'dashed', width: 2, color: palette.ink },
        },
        {
          name: `${series.targets.learningPct}% from the top`,
          xAxis: 100 - series.targets.learningPct,
          lineStyle: { type: 'dotted', width: 2, color: palette.ink },
        },
      ],
    }
  }
  return {
    ...base(settings, summary),
    tooltip: { trigger: 'axis', renderMode: 'richText', axisPointer: { type: 'shadow' } },
    grid: { left: 110, right: 24, top: 24, bottom: 56 },
    xAxis: percentAxis(palette),
    yAxis: { type: 'category', data: rows.map((r) => r.label), axisLabel: axisText(palette) },
    series: bars,
  }
}
