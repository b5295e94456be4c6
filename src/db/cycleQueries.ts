/** Live reads of coaching cycles, their sessions, the playbook and the support reviews. */
import { toValue, type MaybeRefOrGetter } from 'vue'
import type { CoachingCycle, CycleSession, PlaybookStrategy, SupportReview } from '@/domain/schemas/cycle'
import { db } from './database'
import { useLiveQuery, type LiveResult } from './live'

type Id = string | null | undefined

export function useCycles(schoolId: MaybeRefOrGetter<Id>, schoolYearId: MaybeRefOrGetter<Id>): LiveResult<CoachingCycle[]> {
  return useLiveQuery(
    () => ({ schoolId: toId(schoolId), schoolYearId: toId(schoolYearId) }),
    ({ schoolId, schoolYearId }) =>
      schoolId && schoolYearId
        ? db.cycles
            .where('[schoolId+schoolYearId]')
            .equals([schoolId, schoolYearId])
            .toArray()
            .then((rows) => rows.sort((a, b) => b.startDate.localeCompare(a.startDate) || b.createdAt - a.createdAt))
        : [],
  )
}

export function useCycle(cycleId: MaybeRefOrGetter<Id>): LiveResult<CoachingCycle | undefined> {
  return useLiveQuery(
    () => toId(cycleId),
    (id) => (id ? db.cycles.get(id) : undefined),
  )
}

export function useCycleSessions(cycleId: MaybeRefOrGetter<Id>): LiveResult<CycleSession[]> {
  return useLiveQuery(
    () => toId(cycleId),
    (id) =>
      id
        ? db.cycleSessions
            .where('cycleId')
            .equals(id)
            .toArray()
            .then((rows) => rows.sort((a, b) => a.date.localeCompare(b.date) || a.createdAt - b.createdAt))
        : [],
  )
}

export function usePlaybook(schoolId: MaybeRefOrGetter<Id>): LiveResult<PlaybookStrategy[]> {
  return useLiveQuery(
    () => toId(schoolId),
    (id) =>
      id
        ? db.playbook
            .where('schoolId')
            .equals(id)
            .toArray()
            .then((rows) => rows.sort((a, b) => a.name.localeCompare(b.name)))
        : [],
  )
}

export function useSupportReviews(schoolId: MaybeRefOrGetter<Id>, schoolYearId: MaybeRefOrGetter<Id>): LiveResult<SupportReview[]> {
  return useLiveQuery(
    () => ({ schoolId: toId(schoolId), schoolYearId: toId(schoolYearId) }),
    ({ schoolId, schoolYearId }) =>
      schoolId && schoolYearId
        ? db.supportReviews
            .where('[schoolId+schoolYearId]')
            .equals([schoolId, schoolYearId])
            .toArray()
            .then((rows) => rows.sort((a, b) => a.startDate.localeCompare(b.startDate)))
        : [],
  )
}

function toId(value: MaybeRefOrGetter<Id>): string | null {
  return toValue(value) ?? null
}
