/**
 * The app's query parameters, read and written in one place. Each reader refuses a value it does
 * not understand (a repeated key, a bad date, an unknown pane) and falls back to the screen's
 * default, so a hand-edited or stale address never breaks a screen.
 */
import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import { isIsoDate, type IsoDate } from '@/domain/dates'
import { PERIOD_KINDS, type PeriodChoice, type PeriodKind } from '@/domain/dashboard/periodKinds'

/** Every query parameter the app uses. */
export type QueryKey = 'version' | 'compare' | 'view' | 'task' | 'week' | 'school' | 'period' | 'from' | 'to'
export type QueryPatch = Partial<Record<QueryKey, string | undefined>>

/** A parameter given once as text; undefined when missing or repeated. */
export function queryText(query: LocationQuery, key: QueryKey): string | undefined {
  const value = query[key]
  return typeof value === 'string' ? value : undefined
}

/** The current query with some parameters set (a string) or removed (undefined). */
export function withQuery(query: LocationQuery, patch: QueryPatch): LocationQueryRaw {
  return { ...query, ...patch }
}

/** `?version=2`: the agreement version asked for, or undefined (the latest is shown). */
export function agreementVersion(query: LocationQuery): number | undefined {
  const wanted = Number(query.version)
  return Number.isFinite(wanted) ? wanted : undefined
}

/** `?compare=1`: the agreement shows its changes against the version before. */
export const agreementComparing = (query: LocationQuery): boolean => query.compare === '1'

export type MeetingPane = 'decide' | 'summary' | 'tasks'
/** `?view=summary|tasks`: the meeting pane; anything else is the decision pane. */
export function meetingPane(query: LocationQuery): MeetingPane {
  const view = query.view
  return view === 'summary' || view === 'tasks' ? view : 'decide'
}
/** The query that opens a meeting pane (the default pane has no parameter; a task link is dropped). */
export function meetingPaneQuery(query: LocationQuery, pane: MeetingPane): LocationQueryRaw {
  return withQuery(query, { task: undefined, view: pane === 'decide' ? undefined : pane })
}

/** `?task=<id>`: a task named by a deep link into the meeting, or null. */
export const linkedTask = (query: LocationQuery): string | null => queryText(query, 'task') ?? null

/** `?week=<date>`: any date of the week asked for, or undefined when missing or not a date. */
export function askedWeek(query: LocationQuery): IsoDate | undefined {
  const week = queryText(query, 'week')
  return isIsoDate(week) ? week : undefined
}

/** `?school=<id>`: the school asked for (or the all-schools marker), or undefined. */
export const askedSchool = (query: LocationQuery): string | undefined => queryText(query, 'school')

/** `?period=&from=&to=`: the dashboard period; an unknown kind falls back to the given default. */
export function dashboardPeriod(query: LocationQuery, fallback: PeriodKind): PeriodChoice {
  const kind = queryText(query, 'period')
  return {
    kind: (PERIOD_KINDS as readonly string[]).includes(kind ?? '') ? (kind as PeriodKind) : fallback,
    from: queryText(query, 'from'),
    to: queryText(query, 'to'),
  }
}
