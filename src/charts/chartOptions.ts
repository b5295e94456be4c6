/**
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
import { BUCKET_LABELS, type Bucket } from '@/domain/buckets'
import { fromIsoDate, type IsoDate } from '@/domain/dates'
import { formatHoursWithUnit } from '@/domain/hours'
import { WEEK_MARK_LABELS, type SchoolWeek } from '@/domain/schoolWeeks'
import type { FlaggedBucket } from '@/domain/flags'
import { ROLLING_WEEKS } from '@/domain/shares'
import type { DashboardSeries } from '@/domain/dashboard/series'
import type { PlanActualRow } from '@/domain/dashboard/plan'

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

const STACK_ORDER: Bucket[] = ['coaching', 'other', 'learning']
const round1 = (n: number) => Math.round(n * 10) / 10
/** Tooltips of the hours charts use the app's one hours format (1.25 h, never 1.3). */
const hoursValue = (v: unknown) => (typeof v === 'number' ? formatHoursWithUnit(v) : '–')
export const weekLabel = (weekStart: IsoDate) => format(fromIsoDate(weekStart), 'd MMM')

/** Pattern per bucket so the parts of a bar stay apart without colour. */
function decalOf(bucket: Bucket, palette: ChartPalette): Pick<NonNullable<BarSeriesOption['itemStyle']>, 'decal'> {
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

const axisText = (palette: ChartPalette) => ({ color: palette.ink, fontSize: CHART_FONT_SIZE })

function base(settings: ChartSettings, summary: string): ChartOption {
  return {
    animation: settings.animation,
    aria: { enabled: true, label: { description: summary } },
    textStyle: { color: settings.palette.ink, fontFamily: 'inherit', fontSize: CHART_FONT_SIZE },
    // Drawn on the canvas: HTML tooltips carry inline styles the CSP refuses.
    tooltip: { trigger: 'axis', renderMode: 'richText', valueFormatter: (v) => (typeof v === 'number' ? String(round1(v)) : '–') },
    legend: { bottom: 0, left: 0, itemGap: 16, textStyle: { color: settings.palette.ink, fontSize: CHART_FONT_SIZE } },
  }
}

function targetLine(
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

export interface WeeklyChartOptions {
  /** Weeks of the chosen range after today, drawn empty and marked "upcoming" (never with figures). */
  upcoming?: readonly SchoolWeek[]
}

/**
 * The two shares that have targets, coaching and professional learning, as one line each per
 * week against its own target line, every line labelled at its end. A week with nothing logged
 * is a gap in the lines, marked weeks are shaded and named, weeks below a target carry a
 * triangle, and upcoming weeks (if shown) are an empty shaded band.
 */
export function weeklySharesOption(
  series: Pick<DashboardSeries, 'weeks' | 'targets'>,
  settings: ChartSettings,
  summary: string,
  options: WeeklyChartOptions = {},
): ChartOption {
  const { palette } = settings
  const weeks = series.weeks
  const upcoming = options.upcoming ?? []
  const count = weeks.length + upcoming.length
  const categories = [...weeks.map((w) => weekLabel(w.week.weekStart)), ...upcoming.map((w) => weekLabel(w.weekStart))]
  const marked = weeks.flatMap((w, i) => (w.week.mark ? [{ i, label: WEEK_MARK_LABELS[w.week.mark.kind] }] : []))
  const { coachingPct, learningPct } = series.targets
  const shareLine = (bucket: FlaggedBucket, label: string, dash: 'solid' | number[], symbol: string): LineSeriesOption => ({
    type: 'line',
    name: `${BUCKET_LABELS[bucket]} share`,
    z: 6,
    symbolSize: 8,
    connectNulls: false,
    lineStyle: { width: 3, type: dash as 'solid', color: palette[bucket] },
    itemStyle: { color: palette[bucket], borderColor: palette.ink, borderWidth: 1 },
    // On a plain box, lifted clear of the target line it usually sits near.
    endLabel: {
      show: true,
      formatter: label,
      color: palette.ink,
      fontSize: CHART_FONT_SIZE,
      fontWeight: 'bold',
      backgroundColor: palette.surface,
      padding: [1, 3],
      offset: [0, -12],
    },
    data: [
      ...weeks.map((w) => {
        if (!w.shares.percent) return null
        const below = w.flags.some((f) => f.bucket === bucket)
        // Shape, not only colour, says the week is below this target.
        return below
          ? {
              value: round1(w.shares.percent[bucket]),
              name: FLAG_MARKER_NAME,
              symbol: 'triangle',
              symbolSize: 14,
              itemStyle: { color: palette.warning, borderColor: palette.ink, borderWidth: 1 },
            }
          : { value: round1(w.shares.percent[bucket]), symbol }
      }),
      ...upcoming.map(() => null),
    ],
  })
  const coaching = shareLine('coaching', 'Coaching', 'solid', 'circle')
  const learning = shareLine('learning', 'Prof. learning', [6, 4], 'rect')
  const areas: Array<[{ xAxis: number; name: string }, { xAxis: number }]> = marked.map(({ i, label }) => [
    { xAxis: i, name: label },
    { xAxis: i },
  ])
  if (upcoming.length) areas.push([{ xAxis: weeks.length, name: UPCOMING_LABEL }, { xAxis: count - 1 }])
  if (areas.length) {
    coaching.markArea = {
      silent: true,
      itemStyle: { color: palette.surfaceMuted },
      label: { color: palette.ink, fontSize: CHART_FONT_SIZE, position: 'insideTop' },
      data: areas,
    }
  }
  return {
    ...base(settings, summary),
    grid: { left: 52, right: 190, top: 28, bottom: 72 },
    xAxis: { type: 'category', data: categories, axisLabel: { ...axisText(palette), hideOverlap: true } },
    yAxis: {
      type: 'value',
      min: 0,
      max: 100,
      interval: 20,
      axisLabel: { formatter: '{value}%', ...axisText(palette) },
      splitLine: { lineStyle: { color: palette.border } },
    },
    series: [
      coaching,
      learning,
      targetLine(COACHING_TARGET_NAME(coachingPct), coachingPct, count, 'dashed', palette, `Coaching target ${coachingPct}%`),
      targetLine(LEARNING_TARGET_NAME(learningPct), learningPct, count, 'dotted', palette, `Learning target ${learningPct}%`),
    ],
  }
}

/** The rolling four-week coaching share per school week, with the week's own share and the target. */
export function rollingOption(
  series: Pick<DashboardSeries, 'rolling' | 'weeks' | 'targets'>,
  settings: ChartSettings,
  summary: string,
): ChartOption {
  const { palette } = settings
  const points = series.rolling
  const weekly = new Map(series.weeks.map((w) => [w.week.weekStart, w.shares.percent?.coaching ?? null]))
  return {
    ...base(settings, summary),
    grid: { left: 48, right: 16, top: 20, bottom: 72 },
    xAxis: { type: 'category', data: points.map((p) => weekLabel(p.weekStart)), axisLabel: { ...axisText(palette), hideOverlap: true } },
    yAxis: {
      type: 'value',
      min: 0,
      max: 100,
      interval: 20,
      axisLabel: { formatter: '{value}%', ...axisText(palette) },
      splitLine: { lineStyle: { color: palette.border } },
    },
    series: [
      {
        type: 'line',
        name: `Coaching, last ${ROLLING_WEEKS} school weeks`,
        lineStyle: { width: 3, color: palette.coaching },
        itemStyle: { color: palette.coaching },
        symbolSize: 9,
        data: points.map((p) => ({
          value: p.window.shares.percent ? round1(p.window.shares.percent.coaching) : null,
          // Shape, not only colour, says the window is below the target.
          symbol: p.assessment.flags.some((f) => f.bucket === 'coaching') ? 'triangle' : 'circle',
        })),
      },
      {
        type: 'line',
        name: 'Coaching that week',
        lineStyle: { width: 1, type: [2, 4], color: palette.inkMuted },
        itemStyle: { color: palette.inkMuted },
        symbol: 'emptyCircle',
        symbolSize: 5,
        data: points.map((p) => {
          const v = weekly.get(p.weekStart)
          return v === null || v === undefined ? null : round1(v)
        }),
      },
      targetLine(COACHING_TARGET_NAME(series.targets.coachingPct), series.targets.coachingPct, points.length, 'dashed', palette),
    ],
  }
}

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
    xAxis: {
      type: 'value',
      min: 0,
      max: 100,
      interval: 20,
      axisLabel: { formatter: '{value}%', ...axisText(palette) },
      splitLine: { lineStyle: { color: palette.border } },
    },
    yAxis: { type: 'category', data: rows.map((r) => r.label), axisLabel: axisText(palette) },
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
    xAxis: {
      type: 'category',
      data: series.weeks.map((w) => weekLabel(w.week.weekStart)),
      axisLabel: { ...axisText(palette), hideOverlap: true },
    },
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
