import type { LineSeriesOption } from 'echarts/charts'
import { BUCKET_LABELS } from '@/domain/buckets'
import { WEEK_MARK_LABELS, type SchoolWeek } from '@/domain/schoolWeeks'
import type { FlaggedBucket } from '@/domain/flags'
import type { DashboardSeries } from '@/domain/dashboard/series'
import {
  base,
  CHART_FONT_SIZE,
  COACHING_TARGET_NAME,
  FLAG_MARKER_NAME,
  LEARNING_TARGET_NAME,
  percentAxis,
  round1,
  targetLine,
  UPCOMING_LABEL,
  weekAxis,
  weekLabel,
  type ChartOption,
  type ChartSettings,
} from './chartBase'

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
  const marked = weeks.flatMap((w, i) => (w.week.mark && !w.week.isSchoolWeek ? [{ i, label: WEEK_MARK_LABELS[w.week.mark.kind] }] : []))
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
    xAxis: weekAxis(categories, palette),
    yAxis: percentAxis(palette),
    series: [
      coaching,
      learning,
      targetLine(COACHING_TARGET_NAME(coachingPct), coachingPct, count, 'dashed', palette, `Coaching target ${coachingPct}%`),
      targetLine(LEARNING_TARGET_NAME(learningPct), learningPct, count, 'dotted', palette, `Learning target ${learningPct}%`),
    ],
  }
}
