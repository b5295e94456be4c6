/**
 * How coaching-cycle sessions land in the week grid. A time entry's `hours` is the cell total:
 * typed hours plus session hours; `sessionHours` is the part that comes from sessions. Pure: the
 * writes in src/db/cycleSessions.ts apply these changes in their own transactions.
 */
import type { IsoDate } from '../dates'
import { formatHours, fromQuarters, toQuarters } from '../hours'
import type { SessionKind } from '../schemas/cycle'

export const SESSION_KIND_LABELS: Record<SessionKind, string> = {
  meeting: 'Meeting',
  observation: 'Observation',
  modeling: 'Modeled lesson',
  'video-review': 'Video review',
}

export const COACHING_BUCKET_ROW = 'bucket:coaching'

/** The coaching tasks a session of each kind lands on by default, best first. */
const ROWS_BY_KIND: Record<SessionKind, readonly string[]> = {
  meeting: ['cat-coaching-follow-up', 'cat-coaching-goal-setting'],
  observation: ['cat-coaching-observing-feedback'],
  modeling: ['cat-coaching-modelling', 'cat-coaching-co-teaching'],
  'video-review': ['cat-coaching-current-reality', 'cat-coaching-observing-feedback'],
}

/** A matching coaching task on the sheet, else the coaching bucket row. */
export function defaultSessionRowKey(kind: SessionKind, rowKeysOnSheet: readonly string[]): string {
  return ROWS_BY_KIND[kind].find((key) => rowKeysOnSheet.includes(key)) ?? COACHING_BUCKET_ROW
}

/**
 * The one rule for a cell's session part: the total minutes of all its sessions (same school, day
 * and row), rounded to the nearest quarter hour, and at least a quarter hour when there are any
 * minutes. The grid keeps and sums hours in quarters, so the part is always a whole quarter;
 * typed hours stay exactly as typed beside it.
 */
export function sessionPartOf(totalMinutes: number): number {
  if (totalMinutes <= 0) return 0
  return fromQuarters(Math.max(1, Math.round(totalMinutes / 15)))
}

export interface CellParts {
  hours: number
  sessionHours: number
}

export function typedPart(entry: { hours: number; sessionHours?: number } | undefined): number {
  if (!entry) return 0
  return fromQuarters(Math.max(0, toQuarters(entry.hours) - toQuarters(entry.sessionHours ?? 0)))
}

/**
 * The cell once its session part is worked out again from the minutes of every session now on it;
 * the typed part is kept. Null when the cell becomes empty.
 */
export function cellWithSessionMinutes(
  entry: { hours: number; sessionHours?: number } | undefined,
  totalMinutes: number,
): CellParts | null {
  const session = sessionPartOf(totalMinutes)
  const hours = fromQuarters(toQuarters(typedPart(entry)) + toQuarters(session))
  if (hours <= 0) return null
  return { hours, sessionHours: session }
}

export interface SessionLike {
  schoolId: string
  date: IsoDate
  rowKey: string
  minutes: number
}

export interface EntryLike {
  schoolId: string
  date: IsoDate
  rowKey: string
  hours: number
  sessionHours?: number
}

export const cellKey = (schoolId: string, date: IsoDate, rowKey: string) => `${schoolId}|${date}|${rowKey}`

/** Per cell key: the minutes of its sessions, how many there are, and the session part they make. */
export function sessionHoursByCell(sessions: readonly SessionLike[]): Map<string, { hours: number; minutes: number; count: number }> {
  const out = new Map<string, { hours: number; minutes: number; count: number }>()
  for (const s of sessions) {
    const key = cellKey(s.schoolId, s.date, s.rowKey)
    const cur = out.get(key) ?? { hours: 0, minutes: 0, count: 0 }
    const minutes = cur.minutes + s.minutes
    out.set(key, { hours: sessionPartOf(minutes), minutes, count: cur.count + 1 })
  }
  return out
}

export interface Reconciled<E> {
  /** Entries to keep, with their session part recomputed. */
  entries: E[]
  /** Cells that have sessions but had no entry: the caller makes entries for them. */
  missing: { schoolId: string; date: IsoDate; rowKey: string; hours: number }[]
}

/**
 * Recomputes every entry's session part from the sessions (after a restore or merge): keeps the
 * typed part (hours minus the old session part), drops entries that become 0 and lists the
 * cells with sessions but no entry.
 */
export function reconcileSessionHours<E extends EntryLike>(entries: readonly E[], sessions: readonly SessionLike[]): Reconciled<E> {
  const byCell = sessionHoursByCell(sessions)
  const seen = new Set<string>()
  const out: E[] = []
  for (const e of entries) {
    const key = cellKey(e.schoolId, e.date, e.rowKey)
    seen.add(key)
    const session = byCell.get(key)?.hours ?? 0
    const hours = fromQuarters(toQuarters(typedPart(e)) + toQuarters(session))
    if (hours <= 0) continue
    const next = { ...e, hours }
    if (session > 0) next.sessionHours = session
    else delete next.sessionHours
    out.push(next)
  }
  const missing = [...byCell.entries()]
    .filter(([key]) => !seen.has(key))
    .map(([key, v]) => {
      const [schoolId, date, rowKey] = key.split('|') as [string, IsoDate, string]
      return { schoolId, date, rowKey, hours: v.hours }
    })
  return { entries: out, missing }
}

/** "1.5 h from 2 cycle sessions" for a cell with session hours, else null. */
export function sessionNoteOf(entry: EntryLike | undefined, sessions: readonly SessionLike[]): string | null {
  if (!entry || !entry.sessionHours) return null
  const mine = sessions.filter((s) => s.schoolId === entry.schoolId && s.date === entry.date && s.rowKey === entry.rowKey)
  const count = mine.length
  const hours = count ? sessionPartOf(mine.reduce((m, s) => m + s.minutes, 0)) : entry.sessionHours
  return sessionNoteText(hours, count || 1)
}

export function sessionNoteText(hours: number, count: number): string {
  return `${formatHours(hours)} h from ${count} cycle session${count === 1 ? '' : 's'}`
}
