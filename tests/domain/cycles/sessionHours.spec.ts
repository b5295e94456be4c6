import { describe, expect, it } from 'vitest'
import {
  cellWithSessionMinutes,
  defaultSessionRowKey,
  reconcileSessionHours,
  sessionNoteOf,
  sessionPartOf,
  SESSION_KIND_LABELS,
  typedPart,
} from '@/domain/cycles/sessionHours'

const s = (date: string, minutes: number, rowKey = 'bucket:coaching') => ({ schoolId: 'sc', date, rowKey, minutes })
const e = (date: string, hours: number, sessionHours?: number, rowKey = 'bucket:coaching') => ({
  id: `${date}-${rowKey}`,
  schoolId: 'sc',
  date,
  rowKey,
  hours,
  ...(sessionHours === undefined ? {} : { sessionHours }),
})

describe('session hours', () => {
  it('rounds a cell’s session minutes to the nearest quarter hour, at least one quarter', () => {
    expect(sessionPartOf(90)).toBe(1.5)
    expect(sessionPartOf(45)).toBe(0.75)
    expect(sessionPartOf(50)).toBe(0.75)
    expect(sessionPartOf(70)).toBe(1.25)
    expect(sessionPartOf(10 + 10)).toBe(0.25)
    expect(sessionPartOf(1)).toBe(0.25)
    expect(sessionPartOf(0)).toBe(0)
  })

  it('keeps the typed part when the cell’s session minutes change', () => {
    expect(cellWithSessionMinutes(undefined, 90)).toEqual({ hours: 1.5, sessionHours: 1.5 })
    expect(cellWithSessionMinutes({ hours: 2 }, 60)).toEqual({ hours: 3, sessionHours: 1 })
    expect(cellWithSessionMinutes({ hours: 3, sessionHours: 1 }, 0)).toEqual({ hours: 2, sessionHours: 0 })
    expect(cellWithSessionMinutes({ hours: 1, sessionHours: 1 }, 0)).toBeNull()
    expect(cellWithSessionMinutes({ hours: 1.75, sessionHours: 0.75 }, 70)).toEqual({ hours: 2.25, sessionHours: 1.25 })
  })

  it('reads the typed part of a cell written in hundredths before the quarter rule', () => {
    expect(typedPart({ hours: 1.83, sessionHours: 0.83 })).toBe(1)
    expect(typedPart({ hours: 0.17, sessionHours: 0.17 })).toBe(0)
  })

  it('picks a matching coaching task, else the coaching bucket', () => {
    expect(defaultSessionRowKey('observation', ['cat-coaching-observing-feedback'])).toBe('cat-coaching-observing-feedback')
    expect(defaultSessionRowKey('meeting', ['cat-coaching-goal-setting'])).toBe('cat-coaching-goal-setting')
    expect(defaultSessionRowKey('modeling', [])).toBe('bucket:coaching')
    expect(SESSION_KIND_LABELS.modeling).toBe('Modeled lesson')
  })

  it('reconciles entries with sessions', () => {
    const entries = [e('2026-10-05', 2.5, 1), e('2026-10-06', 1, 1), e('2026-10-07', 1)]
    const { entries: out, missing } = reconcileSessionHours(entries, [s('2026-10-05', 90), s('2026-10-08', 30)])
    expect(out).toEqual([e('2026-10-05', 3, 1.5), e('2026-10-07', 1)])
    expect(missing).toEqual([{ schoolId: 'sc', date: '2026-10-08', rowKey: 'bucket:coaching', hours: 0.5 }])
  })

  it('reconciles by the quarter rule: two 10-minute sessions make 0.25 h, 50 minutes 0.75 h', () => {
    const entries = [e('2026-10-05', 1.83, 0.83)]
    const sessions = [s('2026-10-05', 50), s('2026-10-06', 10), s('2026-10-06', 10)]
    const { entries: out, missing } = reconcileSessionHours(entries, sessions)
    expect(out).toEqual([e('2026-10-05', 1.75, 0.75)])
    expect(missing).toEqual([{ schoolId: 'sc', date: '2026-10-06', rowKey: 'bucket:coaching', hours: 0.25 }])
  })

  it('describes a cell with session hours', () => {
    const sessions = [s('2026-10-05', 60), s('2026-10-05', 30), s('2026-10-06', 30), s('2026-10-08', 10), s('2026-10-08', 10)]
    expect(sessionNoteOf(e('2026-10-05', 2, 1.5), sessions)).toBe('1.5 h from 2 cycle sessions')
    expect(sessionNoteOf(e('2026-10-08', 0.25, 0.25), sessions)).toBe('0.25 h from 2 cycle sessions')
    expect(sessionNoteOf(e('2026-10-06', 0.5, 0.5), sessions)).toBe('0.5 h from 1 cycle session')
    expect(sessionNoteOf(e('2026-10-07', 1), sessions)).toBeNull()
  })
})
