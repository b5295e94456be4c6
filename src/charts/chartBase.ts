/**
 * What every chart option shares: the types, the settings and the axis and series helpers; each
 * chart family has its own file beside this one (weeklySharesChart.ts, rollingChart.ts, ...).
 *
 * ECharts options for the dashboard and the report, as pure functions of the dashboard series,
 * so tests can check what a chart will draw without drawing it. Only types come from ECharts
 * here; the library itself is loaded with the charts.
 *
 * Reading without colour: bars of coaching are solid, professional learning striped, other
 * duties dotted; the weekly share lines differ by dash and marker (coaching solid with circles,
 * professional learning dashed with squares), target lines are dashed (coaching) and dotted
 * (professional learning), every line is labelled at its end, and weeks below a target carry a
 * triangle marker, so the charts work for colour-blind readers and in greyscale print. Axis and
 * label text is 12 px at least; labels never sit in white on a patterned fill.
 */
import type { ComposeOption } from 'echarts/core'
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts'
import type {
  AriaComponentOption,
  GridComponentOption,
  LegendComponentOption,
  MarkAreaComponentOption,
  MarkLineComponentOption,
  MarkPointComponentOption,
  TooltipComponentOption,
} from 'echarts/components'
import { format } from 'date-fns'
import type { Bucket } from '@/domain/buckets'
import { fromIsoDate, type IsoDate } from '@/domain/dates'
import { formatHoursWithUnit } from '@/domain/hours'

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
  | MarkLineComponentOption
  | MarkPointComponentOption
  | MarkAreaComponentOption
  | AriaComponentOption
>

/** Colours read from the design tokens (see palette.ts); charts never name a colour themselves. */
export interface ChartPalette {
  coaching: string
  learning: string
  other: string
  ink: string
  inkMuted: string
  border: string
  surface: string
  surfaceMuted: string
  warning: string
  accent: string
}

export interface ChartSettings {
  palette: ChartPalette
  /** Off in tests and for the report image, so the drawing is final at once. */
  animation: boolean
}

export const STACK_ORDER: Bucket[] = ['coaching', 'other', 'learning']
export const round1 = (n: number) => Math.round(n * 10) / 10
/** Tooltips of the hours charts use the app's one hours format (1.25 h, never 1.3). */
export const hoursValue = (v: unknown) => (typeof v === 'number' ? formatHoursWithUnit(v) : '–')
export const weekLabel = (weekStart: IsoDate) => format(fromIsoDate(weekStart), 'd MMM')

/** Pattern per bucket so the parts of a bar stay apart without colour. */
export function decalOf(bucket: Bucket, palette: ChartPalette): Pick<NonNullable<BarSeriesOption['itemStyle']>, 'decal'> {
  if (bucket === 'learning')
    return { decal: { symbol: 'rect', color: palette.surface, dashArrayX: [1, 0], dashArrayY: [3, 5], rotation: -Math.PI / 4 } }
  if (bucket === 'other')
    return { decal: { symbol: 'circle', color: palette.surface, symbolSize: 0.6, dashArrayX: [[4, 4]], dashArrayY: [4, 0] } }
  return {}
}

export const COACHING_TARGET_NAME = (pct: number) => `Coaching target (at least ${pct}%)`
export const LEARNING_TARGET_NAME = (pct: number) => `Professional learning target (at least ${pct}%)`
export const FLAG_MARKER_NAME = 'Week below a target'
export const UPCOMING_LABEL = 'Upcoming'
/** The smallest text a chart draws, in CSS pixels. */
export const CHART_FONT_SIZE = 13

export const axisText = (palette: ChartPalette) => ({ color: palette.ink, fontSize: CHART_FONT_SIZE })

/** The share axis of every percentage chart: 0 to 100% in steps of 20, with grid lines. */
export const percentAxis = (palette: ChartPalette) => ({
  type: 'value' as const,
  min: 0,
  max: 100,
  interval: 20,
  axisLabel: { formatter: '{value}%', ...axisText(palette) },
  splitLine: { lineStyle: { color: palette.border } },
})

/** One category a week along the bottom; labels that would overlap are left out. */
export const weekAxis = (labels: string[], palette: ChartPalette) => ({
  type: 'category' as const,
  data: labels,
  axisLabel: { ...axisText(palette), hideOverlap: true },
})

export function base(settings: ChartSettings, summary: string): ChartOption {
  return {
    animation: settings.animation,
    aria: { enabled: true, label: { description: summary } },
    textStyle: { color: settings.palette.ink, fontFamily: 'inherit', fontSize: CHART_FONT_SIZE },
    // Drawn on the canvas: HTML tooltips carry inline styles the CSP refuses.
    tooltip: { trigger: 'axis', renderMode: 'richText', valueFormatter: (v) => (typeof v === 'number' ? String(round1(v)) : '–') },
    legend: { bottom: 0, left: 0, itemGap: 16, textStyle: { color: settings.palette.ink, fontSize: CHART_FONT_SIZE } },
  }
}

export function targetLine(
  name: string,
  value: number,
  count: number,
  type: 'dashed' | 'dotted',
  palette: ChartPalette,
  endLabel?: string,
): LineSeriesOption {
  return {
    type: 'line',
    name,
    data: Array.from({ length: count }, () => value),
    symbol: 'none',
    silent: true,
    z: 5,
    lineStyle: { type, width: 2, color: palette.ink },
    itemStyle: { color: palette.ink },
    tooltip: { show: false },
    ...(endLabel ? { endLabel: { show: true, formatter: endLabel, color: palette.ink, fontSize: CHART_FONT_SIZE } } : {}),
  }
}
