import { describe, expect, it } from 'vitest'
import {
  cellAfterSessionChange,
  defaultSessionRowKey,
  minutesToHours,
  reconcileSessionHours,
  sessionNoteOf,
  SESSION_KIND_LABELS,
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
  it('turns minutes into hours', () => {
    expect(minutesToHours(90)).toBe(1.5)
    expect(minutesToHours(45)).toBe(0.75)
    expect(minutesToHours(50)).toBe(0.83)
  })

  it('keeps the typed part when a session is added or removed', () => {
    expect(cellAfterSessionChange(undefined, 1.5)).toEqual({ hours: 1.5, sessionHours: 1.5 })
    expect(cellAfterSessionChange({ hours: 2 }, 1)).toEqual({ hours: 3, sessionHours: 1 })
    expect(cellAfterSessionChange({ hours: 3, sessionHours: 1 }, -1)).toEqual({ hours: 2, sessionHours: 0 })
    expect(cellAfterSessionChange({ hours: 1, sessionHours: 1 }, -1)).toBeNull()
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

  it('describes a cell with session hours', () => {
    const sessions = [s('2026-10-05', 60), s('2026-10-05', 30), s('2026-10-06', 30)]
    expect(sessionNoteOf(e('2026-10-05', 2, 1.5), sessions)).toBe('1.5 h from 2 cycle sessions')
    expect(sessionNoteOf(e('2026-10-06', 0.5, 0.5), sessions)).toBe('0.5 h from 1 cycle session')
    expect(sessionNoteOf(e('2026-10-07', 1), sessions)).toBeNull()
  })
})
