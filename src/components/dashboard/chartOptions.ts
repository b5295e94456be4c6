/**
 * ECharts options for the dashboard and the report, as pure functions of the dashboard series,
 * so tests can check what a chart will draw without drawing it. Only types come from ECharts
 * here; the library itself is loaded with the charts.
 *
 * Reading without colour: coaching is solid, professional learning striped, other duties
 * dotted; target lines are dashed (coaching) and dotted (professional learning), and weeks
 * below a target carry a triangle marker, so the charts work for colour-blind readers and in
 * greyscale print.
 */
import type { ComposeOption } from 'echarts/core'
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts'
import type {
  AriaComponentOption, GridComponentOption, LegendComponentOption, MarkAreaComponentOption,
  MarkLineComponentOption, MarkPointComponentOption, TooltipComponentOption,
} from 'echarts/components'
import { format } from 'date-fns'
import { BUCKET_LABELS, type Bucket } from '@/domain/buckets'
import { fromIsoDate, type IsoDate } from '@/domain/dates'
import { formatHoursWithUnit } from '@/domain/hours'
import { WEEK_MARK_LABELS } from '@/domain/schoolWeeks'
import { ROLLING_WEEKS } from '@/domain/shares'
import type { DashboardSeries } from '@/domain/dashboard/series'
import type { PlanActualRow } from '@/domain/dashboard/plan'

export type ChartOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption |
  MarkLineComponentOption | MarkPointComponentOption | MarkAreaComponentOption | AriaComponentOption
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

const STACK_ORDER: Bucket[] = ['coaching', 'other', 'learning']
const round1 = (n: number) => Math.round(n * 10) / 10
/** Tooltips of the hours charts use the app's one hours format (1.25 h, never 1.3). */
const hoursValue = (v: unknown) => (typeof v === 'number' ? formatHoursWithUnit(v) : '–')
export const weekLabel = (weekStart: IsoDate) => format(fromIsoDate(weekStart), 'd MMM')

/** Pattern per bucket so the parts of a bar stay apart without colour. */
function decalOf(bucket: Bucket, palette: ChartPalette): Pick<NonNullable<BarSeriesOption['itemStyle']>, 'decal'> {
  if (bucket === 'learning') return { decal: { symbol: 'rect', color: palette.surface, dashArrayX: [1, 0], dashArrayY: [3, 5], rotation: -Math.PI / 4 } }
  if (bucket === 'other') return { decal: { symbol: 'circle', color: palette.surface, symbolSize: 0.6, dashArrayX: [[4, 4]], dashArrayY: [4, 0] } }
  return {}
}

export const COACHING_TARGET_NAME = (pct: number) => `Coaching target (at least ${pct}%)`
export const LEARNING_TARGET_NAME = (pct: number) => `Professional learning target (at least ${pct}%, from the top)`
export const FLAG_MARKER_NAME = 'Week below a target'

function base(settings: ChartSettings, summary: string): ChartOption {
  return {
    animation: settings.animation,
    aria: { enabled: true, label: { description: summary } },
    textStyle: { color: settings.palette.ink, fontFamily: 'inherit' },
    tooltip: { trigger: 'axis', valueFormatter: (v) => (typeof v === 'number' ? String(round1(v)) : '–') },
    legend: { bottom: 0, left: 0, itemGap: 16, textStyle: { color: settings.palette.ink } },
  }
}

function targetLine(name: string, value: number, count: number, type: 'dashed' | 'dotted', palette: ChartPalette): LineSeriesOption {
  return {
    type: 'line', name, data: Array.from({ length: count }, () => value), symbol: 'none', silent: true, z: 5,
    lineStyle: { type, width: 2, color: palette.ink }, itemStyle: { color: palette.ink }, tooltip: { show: false },
  }
}

/** 100% stacked weekly shares, the two target lines, marked weeks shaded and flagged weeks marked. */
export function weeklySharesOption(series: Pick<DashboardSeries, 'weeks' | 'targets'>, settings: ChartSettings, summary: string): ChartOption {
  const { palette } = settings
  const weeks = series.weeks
  const categories = weeks.map((w) => weekLabel(w.week.weekStart))
  const flagged = weeks.flatMap((w, i) => (w.status === 'below-target' ? [i] : []))
  const marked = weeks.flatMap((w, i) => (w.week.mark ? [{ i, label: WEEK_MARK_LABELS[w.week.mark.kind] }] : []))
  const bars: BarSeriesOption[] = STACK_ORDER.map((bucket) => ({
    type: 'bar', name: BUCKET_LABELS[bucket], stack: 'share', barMaxWidth: 48,
    itemStyle: { color: palette[bucket], ...decalOf(bucket, palette) },
    data: weeks.map((w) => (w.shares.percent ? round1(w.shares.percent[bucket]) : null)),
  }))
  const coachingBars = bars[0]
  if (coachingBars && marked.length) {
    coachingBars.markArea = {
      silent: true, itemStyle: { color: palette.surfaceMuted },
      label: { color: palette.inkMuted, position: 'inside', rotate: 90 },
      data: marked.map(({ i, label }) => [{ xAxis: i, name: label }, { xAxis: i }]),
    }
  }
  const topBars = bars[bars.length - 1]
  if (topBars && flagged.length) {
    topBars.markPoint = {
      symbol: 'triangle', symbolSize: 14, symbolRotate: 180, symbolOffset: [0, -10], silent: true,
      itemStyle: { color: palette.warning, borderColor: palette.ink, borderWidth: 1 }, label: { show: false },
      data: flagged.map((i) => ({ name: FLAG_MARKER_NAME, coord: [i, 100] })),
    }
  }
  return {
    ...base(settings, summary),
    grid: { left: 48, right: 16, top: 28, bottom: 80 },
    xAxis: { type: 'category', data: categories, axisLabel: { color: palette.ink, hideOverlap: true } },
    yAxis: { type: 'value', min: 0, max: 100, interval: 20, axisLabel: { formatter: '{value}%', color: palette.ink }, splitLine: { lineStyle: { color: palette.border } } },
    series: [
      ...bars,
      targetLine(COACHING_TARGET_NAME(series.targets.coachingPct), series.targets.coachingPct, weeks.length, 'dashed', palette),
      targetLine(LEARNING_TARGET_NAME(series.targets.learningPct), 100 - series.targets.learningPct, weeks.length, 'dotted', palette),
    ],
  }
}

/** The rolling four-week coaching share per school week, with the week's own share and the target. */
export function rollingOption(series: Pick<DashboardSeries, 'rolling' | 'weeks' | 'targets'>, settings: ChartSettings, summary: string): ChartOption {
  const { palette } = settings
  const points = series.rolling
  const weekly = new Map(series.weeks.map((w) => [w.week.weekStart, w.shares.percent?.coaching ?? null]))
  return {
    ...base(settings, summary),
    grid: { left: 48, right: 16, top: 20, bottom: 72 },
    xAxis: { type: 'category', data: points.map((p) => weekLabel(p.weekStart)), axisLabel: { color: palette.ink, hideOverlap: true } },
    yAxis: { type: 'value', min: 0, max: 100, interval: 20, axisLabel: { formatter: '{value}%', color: palette.ink }, splitLine: { lineStyle: { color: palette.border } } },
    series: [
      {
        type: 'line', name: `Coaching, last ${ROLLING_WEEKS} school weeks`, lineStyle: { width: 3, color: palette.coaching }, itemStyle: { color: palette.coaching },
        symbolSize: 9,
        data: points.map((p) => ({
          value: p.window.shares.percent ? round1(p.window.shares.percent.coaching) : null,
          // Shape, not only colour, says the window is below the target.
          symbol: p.assessment.flags.some((f) => f.bucket === 'coaching') ? 'triangle' : 'circle',
        })),
      },
      {
        type: 'line', name: 'Coaching that week', lineStyle: { width: 1, type: [2, 4], color: palette.inkMuted }, itemStyle: { color: palette.inkMuted },
        symbol: 'emptyCircle', symbolSize: 5, data: points.map((p) => { const v = weekly.get(p.weekStart); return v === null || v === undefined ? null : round1(v) }),
      },
      targetLine(COACHING_TARGET_NAME(series.targets.coachingPct), series.targets.coachingPct, points.length, 'dashed', palette),
    ],
  }
}

/** The period and the year to date as two 100% bars with the targets as vertical lines. */
export function yearToDateOption(series: Pick<DashboardSeries, 'periodShares' | 'yearToDate' | 'targets'>, settings: ChartSettings, summary: string): ChartOption {
  const { palette } = settings
  const rows = [{ label: 'Year to date', p: series.yearToDate.shares.percent }, { label: 'This period', p: series.periodShares.shares.percent }]
  const bars: BarSeriesOption[] = STACK_ORDER.map((bucket) => ({
    type: 'bar', name: BUCKET_LABELS[bucket], stack: 'share', barMaxWidth: 40,
    itemStyle: { color: palette[bucket], ...decalOf(bucket, palette) },
    label: { show: true, formatter: (p) => (typeof p.value === 'number' && p.value >= 8 ? `${Math.floor(p.value)}%` : ''), color: palette.surface, fontWeight: 'bold' },
    data: rows.map((r) => (r.p ? round1(r.p[bucket]) : null)),
  }))
  const first = bars[0]
  if (first) {
    first.markLine = {
      symbol: 'none', silent: true, label: { formatter: '{b}', color: palette.ink, position: 'end' },
      data: [
        { name: `${series.targets.coachingPct}%`, xAxis: series.targets.coachingPct, lineStyle: { type: 'dashed', width: 2, color: palette.ink } },
        { name: `${series.targets.learningPct}% from the top`, xAxis: 100 - series.targets.learningPct, lineStyle: { type: 'dotted', width: 2, color: palette.ink } },
      ],
    }
  }
  return {
    ...base(settings, summary),
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 110, right: 24, top: 24, bottom: 56 },
    xAxis: { type: 'value', min: 0, max: 100, interval: 20, axisLabel: { formatter: '{value}%', color: palette.ink }, splitLine: { lineStyle: { color: palette.border } } },
    yAxis: { type: 'category', data: rows.map((r) => r.label), axisLabel: { color: palette.ink } },
    series: bars,
  }
}

/** Planned (hatched) against logged (solid) hours a week, one pair of bars per row. */
export function plannedVsActualOption(rows: readonly PlanActualRow[], settings: ChartSettings, summary: string): ChartOption {
  const { palette } = settings
  const ordered = [...rows].reverse() // ECharts draws category axes bottom-up.
  const common = base(settings, summary)
  return {
    ...common,
    tooltip: { ...common.tooltip, axisPointer: { type: 'shadow' }, valueFormatter: hoursValue },
    grid: { left: 16, right: 24, top: 16, bottom: 56, containLabel: true },
    xAxis: { type: 'value', axisLabel: { formatter: '{value} h', color: palette.ink }, splitLine: { lineStyle: { color: palette.border } } },
    yAxis: { type: 'category', data: ordered.map((r) => r.label), axisLabel: { color: palette.ink, width: 180, overflow: 'truncate' } },
    series: [
      {
        type: 'bar', name: 'Planned (hours a week)', barMaxWidth: 18,
        itemStyle: { color: palette.surface, borderColor: palette.ink, borderWidth: 1, decal: { symbol: 'rect', color: palette.inkMuted, dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: Math.PI / 4 } },
        data: ordered.map((r) => r.plannedPerWeek),
      },
      ({
        type: 'bar', name: 'Logged (average hours a week)', barMaxWidth: 18,
        data: ordered.map((r) => ({ value: r.actualPerWeek, itemStyle: { color: palette[r.bucket], ...decalOf(r.bucket, palette) } })),
        itemStyle: { color: palette.accent },
      } satisfies BarSeriesOption),
    ],
  }
}

/** Hours on won't-do tasks per week of the period, and the running total. */
export function driftOption(series: Pick<DashboardSeries, 'drift' | 'weeks'>, settings: ChartSettings, summary: string): ChartOption {
  const { palette } = settings
  const byWeek = new Map(series.drift.weeks.map((w) => [w.weekStart, w.hours]))
  let running = 0
  const cumulative = series.weeks.map((w) => { running += byWeek.get(w.week.weekStart) ?? 0; return running })
  const common = base(settings, summary)
  return {
    ...common,
    tooltip: { ...common.tooltip, valueFormatter: hoursValue },
    grid: { left: 48, right: 48, top: 24, bottom: 72 },
    xAxis: { type: 'category', data: series.weeks.map((w) => weekLabel(w.week.weekStart)), axisLabel: { color: palette.ink, hideOverlap: true } },
    yAxis: [
      { type: 'value', name: 'h a week', minInterval: 1, axisLabel: { color: palette.ink }, splitLine: { lineStyle: { color: palette.border } } },
      { type: 'value', name: 'h in total', minInterval: 1, axisLabel: { color: palette.ink }, splitLine: { show: false } },
    ],
    series: [
      {
        type: 'bar', name: 'Hours on won’t-do tasks that week', barMaxWidth: 32,
        itemStyle: { color: palette.other, ...decalOf('other', palette) },
        data: series.weeks.map((w) => byWeek.get(w.week.weekStart) ?? 0),
      },
      { type: 'line', name: 'Running total', yAxisIndex: 1, symbol: 'diamond', symbolSize: 7, lineStyle: { type: 'dashed', width: 2, color: palette.ink }, itemStyle: { color: palette.ink }, data: cumulative },
    ],
  }
}
