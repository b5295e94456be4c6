import { describe, expect, it } from 'vitest'
import {
  agreementComparing,
  agreementVersion,
  askedSchool,
  askedWeek,
  dashboardPeriod,
  linkedTask,
  meetingPane,
  meetingPaneQuery,
  queryText,
  withQuery,
} from '@/router/query'

describe('query parameters', () => {
  it('reads a parameter given once as text and refuses a repeated or empty one', () => {
    expect(queryText({ school: 's1' }, 'school')).toBe('s1')
    expect(queryText({ school: ['s1', 's2'] }, 'school')).toBeUndefined()
    expect(queryText({ school: null }, 'school')).toBeUndefined()
    expect(queryText({}, 'school')).toBeUndefined()
  })

  it('sets and removes parameters, keeping the others', () => {
    expect(withQuery({ school: 's1', week: '2026-09-07' }, { week: '2026-09-14', task: undefined })).toEqual({
      school: 's1',
      week: '2026-09-14',
      task: undefined,
    })
  })

  it('reads the agreement version and compare switch', () => {
    expect(agreementVersion({ version: '2' })).toBe(2)
    expect(agreementVersion({ version: 'two' })).toBeUndefined()
    expect(agreementVersion({})).toBeUndefined()
    expect(agreementComparing({ compare: '1' })).toBe(true)
    expect(agreementComparing({ compare: 'yes' })).toBe(false)
    expect(agreementComparing({})).toBe(false)
  })

  it('reads the meeting pane, falling back to the decision pane', () => {
    expect(meetingPane({ view: 'summary' })).toBe('summary')
    expect(meetingPane({ view: 'tasks' })).toBe('tasks')
    expect(meetingPane({ view: 'nonsense' })).toBe('decide')
    expect(meetingPane({ view: ['summary', 'tasks'] })).toBe('decide')
    expect(meetingPane({})).toBe('decide')
  })

  it('links to a meeting pane without the task link and without a parameter for the default pane', () => {
    expect(meetingPaneQuery({ task: 't1', school: 's1' }, 'summary')).toEqual({ task: undefined, school: 's1', view: 'summary' })
    expect(meetingPaneQuery({ view: 'tasks' }, 'decide')).toEqual({ task: undefined, view: undefined })
  })

  it('reads a linked task, or null', () => {
    expect(linkedTask({ task: 't1' })).toBe('t1')
    expect(linkedTask({ task: ['t1'] })).toBeNull()
    expect(linkedTask({})).toBeNull()
  })

  it('reads the week only when it is a real date', () => {
    expect(askedWeek({ week: '2026-09-09' })).toBe('2026-09-09')
    expect(askedWeek({ week: '2026-02-30' })).toBeUndefined()
    expect(askedWeek({ week: 'soon' })).toBeUndefined()
    expect(askedWeek({})).toBeUndefined()
  })

  it('reads the school asked for', () => {
    expect(askedSchool({ school: 's2' })).toBe('s2')
    expect(askedSchool({})).toBeUndefined()
  })

  it('reads the dashboard period, refusing an unknown kind', () => {
    expect(dashboardPeriod({ period: 'month' }, 'term')).toEqual({ kind: 'month', from: undefined, to: undefined })
    expect(dashboardPeriod({ period: 'decade' }, 'term').kind).toBe('term')
    expect(dashboardPeriod({}, 'term').kind).toBe('term')
    expect(dashboardPeriod({ period: 'custom', from: '2026-09-01', to: 'x' }, 'term')).toEqual({
      kind: 'custom',
      from: '2026-09-01',
      to: 'x',
    })
  })
})
