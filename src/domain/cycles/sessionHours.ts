/**
 * How coaching-cycle sessions land in the week grid. A time entry's `hours` is the cell total:
 * typed hours plus session hours; `sessionHours` is the part that comes from sessions. Pure: the
 * writes in src/db/cycleSessions.ts apply these changes in their own transactions.
 */
import type { IsoDate } from '../dates'
import { formatHours } from '../hours'
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

/** Minutes to hours, kept to the hundredth. */
export function minutesToHours(minutes: number): number {
  return Math.round((minutes / 60) * 100) / 100
}

const round = (h: number) => Math.round(h * 100) / 100

export interface CellParts {
  hours: number
  sessionHours: number
}

export function typedPart(entry: { hours: number; sessionHours?: number } | undefined): number {
  if (!entry) return 0
  return round(Math.max(0, entry.hours - (entry.sessionHours ?? 0)))
}

/**
 * The cell after its session part changes by `deltaHours` (positive on add, negative on delete);
 * the typed part is kept. Null when the cell becomes empty.
 */
export function cellAfterSessionChange(entry: { hours: number; sessionHours?: number } | undefined, deltaHours: number): CellParts | null {
  const typed = typedPart(entry)
  const session = round(Math.max(0, (entry?.sessionHours ?? 0) + deltaHours))
  const hours = round(typed + session)
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

/** Session hours per cell key. */
export function sessionHoursByCell(sessions: readonly SessionLike[]): Map<string, { hours: number; count: number }> {
  const out = new Map<string, { hours: number; count: number }>()
  for (const s of sessions) {
    const key = cellKey(s.schoolId, s.date, s.rowKey)
    const cur = out.get(key) ?? { hours: 0, count: 0 }
    out.set(key, { hours: round(cur.hours + minutesToHours(s.minutes)), count: cur.count + 1 })
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
    const hours = round(typedPart(e) + session)
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
  const hours = count ? round(mine.reduce((h, s) => h + minutesToHours(s.minutes), 0)) : entry.sessionHours
  return sessionNoteText(hours, count || 1)
}

export function sessionNoteText(hours: number, count: number): string {
  return `${formatHours(hours)} h from ${count} cycle session${count === 1 ? '' : 's'}`
}
