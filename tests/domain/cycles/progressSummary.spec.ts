import { describe, expect, it } from 'vitest'
import { hasProgressToShow, progressSummary, shareOfTheWay, type ProgressInput } from '@/domain/cycles/progressSummary'

const cycle = (extra: Partial<ProgressInput> = {}): ProgressInput => ({
  measure: { what: 'students at mastery', kind: 'percent', unitLabel: '%', min: null, max: null },
  baseline: { date: '2026-09-21', value: 40 },
  target: { date: '2026-12-11', value: 80 },
  progressChecks: [
    { id: 'b', date: '2026-10-20', value: 64, note: '' },
    { id: 'a', date: '2026-10-05', value: 50, note: '' },
  ],
  ...extra,
})

describe('the progress summary', () => {
  it('says the latest check, the baseline, the target and how far along it is', () => {
    expect(shareOfTheWay(cycle())).toBeCloseTo(0.6)
    expect(progressSummary(cycle())).toBe('Latest check 64% on Oct 20, baseline 40%, target 80% by Dec 11: 60% of the way.')
  })

  it('says when the target is reached, when a check is below the baseline, and what is missing', () => {
    const check = (value: number) => [{ id: 'x', date: '2026-11-02', value, note: '' }]
    expect(progressSummary(cycle({ progressChecks: check(85) }))).toMatch(/: the target is reached\.$/)
    expect(progressSummary(cycle({ progressChecks: check(30) }))).toMatch(/: below the baseline\.$/)
    expect(progressSummary(cycle({ progressChecks: [] }))).toBe('No progress check yet, baseline 40%, target 80% by Dec 11.')
    expect(progressSummary(cycle({ baseline: null, target: null }))).toBe('Latest check 64% on Oct 20, no baseline set.')
    const words = { what: 'words', kind: 'number' as const, unitLabel: 'words', min: null, max: null }
    expect(progressSummary(cycle({ measure: words, target: null }))).toBe('Latest check 64 words on Oct 20, baseline 40 words.')
  })

  it('has something to show once there is a baseline or a check', () => {
    expect(hasProgressToShow(cycle())).toBe(true)
    expect(hasProgressToShow(cycle({ baseline: null }))).toBe(true)
    expect(hasProgressToShow(cycle({ progressChecks: [] }))).toBe(true)
    expect(hasProgressToShow(cycle({ baseline: null, progressChecks: [] }))).toBe(false)
  })
})
