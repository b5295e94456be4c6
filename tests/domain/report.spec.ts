import { describe, expect, it } from 'vitest'
import { POLICY_LABELS, POLICY_STATEMENTS } from '@/domain/agreementSections'
import { confidentiality, LOGGED_TITLES, LUNCH, reportUnder } from '../support/reportPolicies'

/** Every task name anywhere in the report's data. */
const namesIn = (text: string) => LOGGED_TITLES.filter((t) => text.includes(JSON.stringify(t).slice(1, -1)))

describe('the principal’s report', () => {
  it('never carries week notes, decision notes or "instead by" names, under any policy', () => {
    for (const policy of [confidentiality('what-and-whom'), confidentiality('nothing-shared'), confidentiality('own', 'all'), null]) {
      const { report: r, notes } = reportUnder(policy)
      const text = JSON.stringify(r)
      for (const note of notes) expect(text).not.toContain(note)
      expect(text).not.toMatch(/Alvarez|Brandt|Assistant principal/)
      expect(text).not.toMatch(/"note"|"insteadBy"/)
    }
  })

  it('carries time by bucket and task: weeks, windows, plan and drift, and no week after today', () => {
    const { report: r } = reportUnder(confidentiality('what-and-whom'))
    expect(r.scope).toBe('Lincoln Elementary')
    // 17 Aug to 27 Nov: 15 weeks; the period runs to 18 Dec but those weeks have not happened.
    expect(r.weeks).toHaveLength(15)
    expect(r.weeks.at(-1)!.weekStart).toBe('2026-11-23')
    expect(r.period).toContain('up to today (Nov 27, 2026)')
    expect(r.weeks.find((w) => w.weekStart === '2026-11-23')?.kind).toBe('Holiday')
    expect(r.weeks.some((w) => w.flags.some((f) => f.startsWith('Coaching')))).toBe(true)
    expect(r.rolling?.weeks).toBe(4)
    expect(r.yearToDate).toMatchObject({ weeks: 14, loggedWeeks: 14 })
    expect(r.coverage.text).toBe(
      '14 of 14 school weeks logged. Shares are over 304.25 h in school weeks. Weeks after today are not counted.',
    )
    expect(r.plan.byTask.map((t) => t.label)).toContain('Coaching cycles with teachers')
    expect(r.drift.tasks.map((t) => t.task)).toContain(LUNCH)
    expect(r.summaries.rolling).toMatch(/^Over the last 4 school weeks \(4 of them logged/)
    expect(r.summaries.rollingRule).toContain('A school week with nothing logged stays in those 4 as a gap')
    // Only known keys at the top level: adding a free-text field has to be a deliberate change here.
    expect(Object.keys(r).sort()).toEqual([
      'bySchool',
      'coachName',
      'coverage',
      'drift',
      'generatedOn',
      'period',
      'periodShares',
      'plan',
      'policy',
      'principalNames',
      'program',
      'rolling',
      'schoolYear',
      'scope',
      'summaries',
      'targets',
      'title',
      'weeks',
      'yearToDate',
    ])
  })
})

// Issue 13: one function builds the report's data per policy.
describe('the report per confidentiality policy', () => {
  it('“what and with whom”: states the policy and names the tasks time went to', () => {
    const { report: r } = reportUnder(confidentiality('what-and-whom'))
    expect(r.policy.lines).toEqual([{ school: null, label: POLICY_LABELS['what-and-whom'], statement: POLICY_STATEMENTS['what-and-whom'] }])
    expect(r.policy.taskNames).toBe('all')
    expect(r.policy.carries).toContain('the names of the tasks time went to')
    expect(namesIn(JSON.stringify(r)).sort()).toEqual([...LOGGED_TITLES].sort())
    expect(r.weeks[0]!.tasks.length).toBeGreaterThan(0)
  })

  it('“the coach shares nothing”: bucket totals, shares, flags and drift hours only, no task name anywhere', () => {
    const { report: r } = reportUnder(confidentiality('nothing-shared'))
    expect(r.policy.lines[0]).toMatchObject({ label: POLICY_LABELS['nothing-shared'], statement: POLICY_STATEMENTS['nothing-shared'] })
    expect(r.policy).toMatchObject({ taskNames: 'chosen', chosenTasks: [] })
    expect(r.policy.carries).toContain('It names no task.')
    expect(namesIn(JSON.stringify(r))).toEqual([])
    expect(r.plan.byTask).toEqual([])
    expect(r.drift.tasks).toEqual([])
    expect(r.weeks.every((w) => w.tasks.length === 0)).toBe(true)
    expect(r.summaries.drift).toMatch(/h went to won’t-do tasks in \d+ weeks of this period\.$/)
    // What it does carry.
    expect(r.drift.totalHours).toBeGreaterThan(0)
    expect(r.plan.byBucket).toHaveLength(3)
    expect(r.weeks.some((w) => w.flags.length > 0)).toBe(true)
  })

  it('“the coach shares nothing” with titles the coach picked: those names and no other', () => {
    const { report: r } = reportUnder(confidentiality('nothing-shared'), [LUNCH])
    expect(r.policy).toMatchObject({ taskNames: 'chosen', chosenTasks: [LUNCH] })
    expect(r.policy.carries).toContain(`names only the tasks the coach chose to include: ${LUNCH}.`)
    expect(namesIn(JSON.stringify(r))).toEqual([LUNCH])
    expect(r.drift.tasks.map((t) => t.task)).toEqual([LUNCH])
  })

  it('“own policy”: carries what the coach chose with the agreement (names, or none until chosen)', () => {
    const withNames = reportUnder(confidentiality('own', 'all')).report
    expect(withNames.policy.lines[0]).toMatchObject({ label: POLICY_LABELS.own, statement: 'Our own words: who I coach stays with me.' })
    expect(namesIn(JSON.stringify(withNames)).sort()).toEqual([...LOGGED_TITLES].sort())
    for (const choice of ['none', undefined] as const) {
      const { report: r } = reportUnder(confidentiality('own', choice))
      expect(r.policy.taskNames).toBe('chosen')
      expect(namesIn(JSON.stringify(r))).toEqual([])
    }
  })

  it('an agreement whose policy is not chosen yet: says so and names no task', () => {
    const { report: r } = reportUnder({ policy: null, ownWording: '' })
    expect(r.policy.lines[0]).toMatchObject({
      label: 'No confidentiality policy is agreed yet',
      statement: 'Until one is agreed, this report carries no task names.',
    })
    expect(r.policy.taskNames).toBe('chosen')
    expect(namesIn(JSON.stringify(r))).toEqual([])
  })

  it('no agreement yet: says so and names no task', () => {
    const { report: r } = reportUnder(null)
    expect(r.policy.lines[0]!.label).toBe('No confidentiality policy is agreed yet')
    expect(namesIn(JSON.stringify(r))).toEqual([])
  })
})
