import { describe, expect, it } from 'vitest'
import { evaluationDomainsOption } from '@/charts/evaluationChart'
import { roundResults } from '@/domain/evaluation/results'
import { evaluationResponse, evaluationRound, teacherResponses } from '../support/evaluationFixtures'
import { palette, settings } from '../support/dashboardFixtures'

const round = evaluationRound()
type Bar = { name: string; data: Array<number | null>; itemStyle: { color: string; decal?: unknown } }

describe('the evaluation’s domain chart', () => {
  it('draws one bar per rater group and domain in the design tokens’ colours, teachers with a pattern', () => {
    const results = roundResults(round.form, [
      ...teacherResponses(3, 4),
      evaluationResponse('self', 5),
      evaluationResponse('administrator', 3),
    ])
    const option = evaluationDomainsOption(results, settings, 'summary')
    const bars = option.series as Bar[]
    const byName = Object.fromEntries(bars.map((b) => [b.name, b]))
    expect(Object.keys(byName).sort()).toEqual(['Administrator', 'Self-evaluation', 'Teachers'])
    expect(byName.Teachers!.data).toEqual([4, 4, 4, 4, 4, 4])
    expect(byName['Self-evaluation']!.data).toEqual([5, 5, 5, 5, 5, 5])
    expect(byName.Teachers!.itemStyle.color).toBe(palette.coaching)
    expect(byName.Teachers!.itemStyle.decal).toBeDefined()
    expect(byName['Self-evaluation']!.itemStyle.decal).toBeUndefined()
    expect(option.aria).toMatchObject({ enabled: true, label: { description: 'summary' } })
    // The first domain on top: categories run bottom to top on a horizontal bar chart.
    expect((option.yAxis as { data: string[] }).data.at(-1)).toBe('Partnership in practice')
  })

  it('has no teacher series while teacher results are withheld', () => {
    const results = roundResults(round.form, [...teacherResponses(2, 4), evaluationResponse('self', 5)])
    const bars = evaluationDomainsOption(results, settings, 'summary').series as Bar[]
    expect(bars.map((b) => b.name)).not.toContain('Teachers')
    expect(JSON.stringify(bars)).not.toContain('"Teachers"')
  })
})
