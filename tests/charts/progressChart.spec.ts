import { describe, expect, it } from 'vitest'
import type { LineSeriesOption } from 'echarts/charts'
import type { ChartSettings } from '@/charts/chartBase'
import { BASELINE_NAME, progressOption, PROGRESS_SERIES_NAME, TARGET_DATE_NAME, TARGET_NAME } from '@/charts/progressChart'
import type { ProgressInput } from '@/domain/cycles/progressSummary'
import { palette } from '../support/dashboardFixtures'

const settings: ChartSettings = { palette, animation: false }
const cycle = (extra: Partial<ProgressInput> = {}): ProgressInput => ({
  measure: { what: 'students at mastery on exit tickets', kind: 'percent', unitLabel: '%', min: null, max: null },
  baseline: { date: '2026-09-21', value: 40 },
  target: { date: '2026-12-11', value: 80 },
  progressChecks: [
    { id: 'b', date: '2026-10-20', value: 64, note: 'Exit tickets' },
    { id: 'a', date: '2026-10-05', value: 50, note: '' },
  ],
  ...extra,
})
const lineOf = (o: ReturnType<typeof progressOption>) => (o.series as LineSeriesOption[])[0]!
const marks = (o: ReturnType<typeof progressOption>) =>
  (lineOf(o).markLine!.data as Array<{ name: string; xAxis?: string; yAxis?: number; label: { formatter: string } }>).map((m) => ({
    name: m.name,
    at: m.yAxis ?? m.xAxis,
    label: m.label.formatter,
  }))

describe('progress chart option', () => {
  it('draws the checks over their dates, in order, starting at the baseline point', () => {
    const line = lineOf(progressOption(cycle(), settings, 'summary'))
    expect(line.name).toBe(PROGRESS_SERIES_NAME)
    const data = line.data as Array<{ value: [string, number]; name: string; symbol?: string }>
    expect(data.map((d) => d.value)).toEqual([
      ['2026-09-21', 40],
      ['2026-10-05', 50],
      ['2026-10-20', 64],
    ])
    expect(data[0]).toMatchObject({ name: BASELINE_NAME, symbol: 'diamond' })
    expect(data[2]!.name).toBe('Exit tickets')
  })

  it('draws the baseline and the target as labelled lines and marks the target date', () => {
    expect(marks(progressOption(cycle(), settings, 'summary'))).toEqual([
      { name: BASELINE_NAME, at: 40, label: 'Baseline 40%' },
      { name: TARGET_NAME, at: 80, label: 'Target 80%' },
      { name: TARGET_DATE_NAME, at: '2026-12-11', label: 'Target date Dec 11' },
    ])
  })

  it('runs the axis from 0 to 100 for a percentage, else over the measure’s min and max when set', () => {
    expect(progressOption(cycle(), settings, 's').yAxis).toMatchObject({ min: 0, max: 100 })
    const words = { what: 'words written', kind: 'number' as const, unitLabel: 'words', min: 0, max: 250 }
    expect(progressOption(cycle({ measure: words }), settings, 's').yAxis).toMatchObject({ min: 0, max: 250 })
    const open = progressOption(cycle({ measure: { ...words, min: null, max: null } }), settings, 's').yAxis as {
      min?: number
      max?: number
    }
    expect([open.min, open.max]).toEqual([undefined, undefined])
    expect(marks(progressOption(cycle({ measure: words, target: null }), settings, 's'))).toEqual([
      { name: BASELINE_NAME, at: 40, label: 'Baseline 40 words' },
    ])
  })

  it('draws only the checks when there is no baseline, and carries the summary for screen readers', () => {
    const o = progressOption(cycle({ baseline: null, target: null }), settings, 'The summary.')
    expect((lineOf(o).data as unknown[]).length).toBe(2)
    expect(marks(o)).toEqual([])
    expect(o.aria).toMatchObject({ enabled: true, label: { description: 'The summary.' } })
    expect(o.animation).toBe(false)
  })
})
