/**
 * What a session puts in the time log, in words for the cycle page: its cell's session part
 * (see sessionPartOf: the minutes of every session on that cell, to the quarter hour) and what
 * deleting it would take out.
 */
import { formatLongDate } from '../dates'
import { formatHours } from '../hours'
import type { SessionKind } from '../schemas/cycle'
import { cellKey, sessionPartOf, type SessionLike } from './sessionHours'

export interface SessionTime {
  /** The session part of its cell, in hours. */
  cellHours: number
  /** Other sessions (of any cycle) on the same cell. */
  others: number
  /** What deleting this session takes out of the cell. */
  freedHours: number
}

/** The time of `session` in the log, given every session of its school (its own included). */
export function sessionTimeOf(session: SessionLike & { id: string }, all: readonly (SessionLike & { id: string })[]): SessionTime {
  const key = cellKey(session.schoolId, session.date, session.rowKey)
  const others = all.filter((s) => s.id !== session.id && cellKey(s.schoolId, s.date, s.rowKey) === key)
  const otherMinutes = others.reduce((m, s) => m + s.minutes, 0)
  const cellHours = sessionPartOf(otherMinutes + session.minutes)
  return { cellHours, others: others.length, freedHours: cellHours - sessionPartOf(otherMinutes) }
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/** "50 minutes (0.75 h in the time log)"; with others on the cell, says the hours are shared. */
export function sessionTimeText(minutes: number, time: SessionTime): string {
  const shared = time.others ? ` with ${plural(time.others, 'other session', 'other sessions')} on that row` : ''
  return `${plural(minutes, 'minute', 'minutes')} (${formatHours(time.cellHours)} h in the time log${shared})`
}

const KIND_WORDS: Record<SessionKind, string> = {
  meeting: 'meeting',
  observation: 'observation',
  modeling: 'modeled lesson',
  'video-review': 'video review',
}

/** "Delete this 45-minute observation on 14 September 2026? Its 0.75 h leave the time log of that day." */
export function deleteSessionQuestion(session: SessionLike & { kind: SessionKind }, time: SessionTime): string {
  const what = `Delete this ${session.minutes}-minute ${KIND_WORDS[session.kind]} on ${formatLongDate(session.date)}?`
  if (time.freedHours > 0) return `${what} Its ${formatHours(time.freedHours)} h leave the time log of that day.`
  const kept = formatHours(time.cellHours - time.freedHours)
  return `${what} The time log of that day keeps its ${kept} h for the other sessions on that row.`
}
