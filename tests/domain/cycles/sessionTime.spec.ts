import { describe, expect, it } from 'vitest'
import { deleteSessionQuestion, sessionTimeOf, sessionTimeText } from '@/domain/cycles/sessionTime'

const s = (id: string, minutes: number, date = '2026-09-14', rowKey = 'bucket:coaching') => ({ id, schoolId: 'sc', date, rowKey, minutes })

describe('a session’s time in the log', () => {
  it('says what a lone session puts in the time log', () => {
    const one = s('a', 50)
    const time = sessionTimeOf(one, [one, s('b', 30, '2026-09-15')])
    expect(time).toEqual({ cellHours: 0.75, others: 0, freedHours: 0.75 })
    expect(sessionTimeText(50, time)).toBe('50 minutes (0.75 h in the time log)')
  })

  it('says the hours are shared when other sessions are on the same row that day', () => {
    const all = [s('a', 10), s('b', 10)]
    const time = sessionTimeOf(all[0]!, all)
    expect(time).toEqual({ cellHours: 0.25, others: 1, freedHours: 0 })
    expect(sessionTimeText(10, time)).toBe('10 minutes (0.25 h in the time log with 1 other session on that row)')
  })

  it('asks before a delete, naming the hours that leave the log', () => {
    const one = { ...s('a', 45), kind: 'observation' as const }
    expect(deleteSessionQuestion(one, sessionTimeOf(one, [one]))).toBe(
      'Delete this 45-minute observation on Sep 14, 2026? Its 0.75 h leave the time log of that day.',
    )
    const shared = [s('a', 10), s('b', 10)]
    expect(deleteSessionQuestion({ ...shared[0]!, kind: 'meeting' }, sessionTimeOf(shared[0]!, shared))).toBe(
      'Delete this 10-minute meeting on Sep 14, 2026? The time log of that day keeps its 0.25 h for the other sessions on that row.',
    )
  })
})
