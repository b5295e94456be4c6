import { ROLLING_WEEKS } from '@/domain/shares'
import type { DashboardSeries } from '@/domain/dashboard/series'
import {
  base,
  COACHING_TARGET_NAME,
  percentAxis,
  round1,
  targetLine,
  weekAxis,
  weekLabel,
  type ChartOption,
  type ChartSettings,
} from './chartBase'

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
    xAxis: weekAxis(
      points.map((p) => weekLabel(p.weekStart)),
      palette,
    ),
    yAxis: percentAxis(palette),
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
