import type { BarSeriesOption } from 'echarts/charts'
import type { PlanActualRow } from '@/domain/dashboard/plan'
import { axisText, base, decalOf, hoursValue, type ChartOption, type ChartSettings } from './chartBase'

/** Planned (hatched) against logged (solid) hours a week, one pair of bars per row. */
export function plannedVsActualOption(rows: readonly PlanActualRow[], settings: ChartSettings, summary: string): ChartOption {
  const { palette } = settings
  const ordered = [...rows].reverse() // ECharts draws category axes bottom-up.
  const common = base(settings, summary)
  return {
    ...common,
    tooltip: { ...common.tooltip, renderMode: 'richText', axisPointer: { type: 'shadow' }, valueFormatter: hoursValue },
    grid: { left: 16, right: 24, top: 16, bottom: 56, containLabel: true },
    xAxis: {
      type: 'value',
      axisLabel: { formatter: '{value} h', ...axisText(palette) },
      splitLine: { lineStyle: { color: palette.border } },
    },
    yAxis: { type: 'category', data: ordered.map((r) => r.label), axisLabel: { ...axisText(palette), width: 180, overflow: 'truncate' } },
    series: [
      {
        type: 'bar',
        name: 'Planned (hours a week)',
        barMaxWidth: 18,
        itemStyle: {
          color: palette.surface,
          borderColor: palette.ink,
          borderWidth: 1,
          decal: { symbol: 'rect', color: palette.inkMuted, dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: Math.PI / 4 },
        },
        data: ordered.map((r) => r.plannedPerWeek),
      },
      {
        type: 'bar',
        name: 'Logged (average hours a week)',
        barMaxWidth: 18,
        data: ordered.map((r) => ({ value: r.actualPerWeek, itemStyle: { color: palette[r.bucket], ...decalOf(r.bucket, palette) } })),
        itemStyle: { color: palette.accent },
      } satisfies BarSeriesOption,
    ],
  }
}
