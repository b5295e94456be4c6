import type { LineSeriesOption } from 'echarts/charts'
import { fromIsoDate, toIsoDate } from '@/domain/dates'
import { checksInOrder, measureValueText, shortDate, type ProgressInput } from '@/domain/cycles/progressSummary'
import { axisText, base, CHART_FONT_SIZE, type ChartOption, type ChartSettings } from './chartBase'

export const PROGRESS_SERIES_NAME = 'Progress checks'
export const BASELINE_NAME = 'Baseline'
export const TARGET_NAME = 'Target'
export const TARGET_DATE_NAME = 'Target date'

/** The measure's axis: 0 to 100 for a percentage, else the measure's min and max when set (ECharts picks the rest). */
function measureAxis(cycle: ProgressInput, settings: ChartSettings) {
  const { palette } = settings
  const percent = cycle.measure.kind === 'percent'
  const range = percent ? { min: 0, max: 100 } : { min: cycle.measure.min ?? undefined, max: cycle.measure.max ?? undefined }
  return {
    type: 'value' as const,
    ...range,
    axisLabel: { ...axisText(palette), ...(percent ? { formatter: '{value}%' } : {}) },
    splitLine: { lineStyle: { color: palette.border } },
  }
}

const labelStyle = (settings: ChartSettings) => ({
  color: settings.palette.ink,
  fontSize: CHART_FONT_SIZE,
  backgroundColor: settings.palette.surface,
  padding: [1, 3],
})

/**
 * A cycle's progress: the checks as a line with points over their dates, starting at the baseline
 * point (a diamond), against a dashed baseline line and a dotted target line, both labelled, and
 * the target date marked as a vertical line. Lines differ by dash and points by shape, so the
 * chart reads without colour.
 */
export function progressOption(cycle: ProgressInput, settings: ChartSettings, summary: string): ChartOption {
  const { palette } = settings
  const text = (n: number) => measureValueText(n, cycle.measure)
  const baseline = cycle.baseline
  const target = cycle.target
  const points = [
    ...(baseline ? [{ value: [baseline.date, baseline.value], name: BASELINE_NAME, symbol: 'diamond', symbolSize: 12 }] : []),
    ...checksInOrder(cycle.progressChecks).map((c) => ({ value: [c.date, c.value], name: c.note || PROGRESS_SERIES_NAME })),
  ]
  const markLines: NonNullable<NonNullable<LineSeriesOption['markLine']>['data']> = []
  if (baseline)
    markLines.push({
      name: BASELINE_NAME,
      yAxis: baseline.value,
      lineStyle: { type: 'dashed', color: palette.inkMuted, width: 2 },
      label: { formatter: `Baseline ${text(baseline.value)}`, position: 'insideEndBottom', ...labelStyle(settings) },
    })
  if (target) {
    markLines.push({
      name: TARGET_NAME,
      yAxis: target.value,
      lineStyle: { type: 'dotted', color: palette.ink, width: 2 },
      label: { formatter: `Target ${text(target.value)}`, position: 'insideEndTop', ...labelStyle(settings) },
    })
    markLines.push({
      name: TARGET_DATE_NAME,
      xAxis: target.date,
      lineStyle: { type: 'dashed', color: palette.ink, width: 1 },
      label: { formatter: `Target date ${shortDate(target.date)}`, position: 'insideEndTop', ...labelStyle(settings) },
    })
  }
  const common = base(settings, summary)
  return {
    ...common,
    tooltip: { ...common.tooltip, trigger: 'item', valueFormatter: (v) => (typeof v === 'number' ? text(v) : '–') },
    legend: { show: false },
    grid: { left: 56, right: 24, top: 24, bottom: 40 },
    xAxis: {
      type: 'time',
      axisLabel: { ...axisText(palette), hideOverlap: true, formatter: (v: number) => shortDate(toIsoDate(new Date(v))) },
      ...(target ? { max: (extent: { max: number }) => Math.max(extent.max, fromIsoDate(target.date).getTime()) } : {}),
    },
    yAxis: measureAxis(cycle, settings),
    series: [
      {
        type: 'line',
        name: PROGRESS_SERIES_NAME,
        z: 6,
        symbol: 'circle',
        symbolSize: 9,
        lineStyle: { width: 3, color: palette.coaching },
        itemStyle: { color: palette.coaching, borderColor: palette.ink, borderWidth: 1 },
        data: points,
        markLine: { silent: true, symbol: 'none', data: markLines },
      },
    ],
  }
}
