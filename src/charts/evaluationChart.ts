import { formatScore } from '@/domain/evaluation/scoreFormat'
import type { BarSeriesOption } from 'echarts/charts'
import { DOMAIN_LABELS, RATER_GROUP_LABELS } from '@/domain/evaluation/itemBank'
import type { RoundResults } from '@/domain/evaluation/results'
import type { RaterGroup } from '@/domain/schemas/evaluation'
import { axisText, base, CHART_FONT_SIZE, type ChartOption, type ChartPalette, type ChartSettings } from './chartBase'

/**
 * The 360° round's domain means as grouped bars, one group of bars a domain and one bar a rater
 * group, labelled with its mean to two decimals as in the tables. Teachers get no series at all while their results are withheld, so nothing is drawn
 * from too few teachers. Without colour the bars still read: self is plain, the administrator
 * dotted and teachers striped, each bar carries its mean as a label, and the legend names them.
 */

/** Chart colours per rater group, taken from the palette the design tokens give (light or dark). */
export const GROUP_COLORS: Record<RaterGroup, keyof ChartPalette> = { self: 'learning', administrator: 'other', teacher: 'coaching' }
/** Bars drawn from the top: self first, as in the tables. */
export const CHART_GROUPS: RaterGroup[] = ['self', 'administrator', 'teacher']

function decal(group: RaterGroup, palette: ChartPalette): Pick<NonNullable<BarSeriesOption['itemStyle']>, 'decal'> {
  if (group === 'teacher')
    return { decal: { symbol: 'rect', color: palette.surface, dashArrayX: [1, 0], dashArrayY: [3, 5], rotation: -Math.PI / 4 } }
  if (group === 'administrator')
    return { decal: { symbol: 'circle', color: palette.surface, symbolSize: 0.6, dashArrayX: [[4, 4]], dashArrayY: [4, 0] } }
  return {}
}

export function evaluationDomainsOption(results: RoundResults, settings: ChartSettings, summary: string): ChartOption {
  const { palette } = settings
  // The first domain at the top, as in the table.
  const domains = [...results.domains].reverse()
  const groups = CHART_GROUPS.filter((g) => g !== 'teacher' || results.teachersShown)
  const series: BarSeriesOption[] = [...groups].reverse().map((group) => ({
    type: 'bar',
    name: RATER_GROUP_LABELS[group],
    barMaxWidth: 18,
    itemStyle: { color: palette[GROUP_COLORS[group]], ...decal(group, palette) },
    label: {
      show: true,
      position: 'right',
      formatter: (p) => (typeof p.value === 'number' ? formatScore(p.value) : ''),
      color: palette.ink,
      fontSize: CHART_FONT_SIZE,
    },
    data: domains.map((d) => d.byGroup[group].mean),
  }))
  return {
    ...base(settings, summary),
    tooltip: { trigger: 'axis', renderMode: 'richText', axisPointer: { type: 'shadow' } },
    legend: {
      bottom: 0,
      left: 0,
      itemGap: 16,
      textStyle: { color: palette.ink, fontSize: CHART_FONT_SIZE },
      data: groups.map((g) => RATER_GROUP_LABELS[g]),
    },
    grid: { left: 200, right: 48, top: 16, bottom: 56 },
    xAxis: {
      type: 'value',
      min: 0,
      max: 5,
      interval: 1,
      axisLabel: axisText(palette),
      splitLine: { lineStyle: { color: palette.border } },
    },
    yAxis: {
      type: 'category',
      data: domains.map((d) => DOMAIN_LABELS[d.domain]),
      axisLabel: { ...axisText(palette), width: 184, overflow: 'break', lineHeight: 16 },
    },
    series,
  }
}
