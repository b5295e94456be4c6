/** Live reads of coaching cycles, their sessions, the playbook and the support reviews. */
import { toValue, type MaybeRefOrGetter } from 'vue'
import { db } from './database'
import { useLiveQuery } from './live'

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name)

/** A school's cycles of one year, the latest started first. */
export function useCycles(schoolId: MaybeRefOrGetter<string | null>, schoolYearId: MaybeRefOrGetter<string | null>) {
  return useLiveQuery(
    () => ({ schoolId: toValue(schoolId), schoolYearId: toValue(schoolYearId) }),
    async ({ schoolId, schoolYearId }) => {
      if (!schoolId || !schoolYearId) return []
      const cycles = await db.cycles.where('[schoolId+schoolYearId]').equals([schoolId, schoolYearId]).toArray()
      return cycles.sort((a, b) => b.startDate.localeCompare(a.startDate) || a.teacherName.localeCompare(b.teacherName))
    },
  )
}

export function useCycle(cycleId: MaybeRefOrGetter<string | null>) {
  return useLiveQuery(
    () => toValue(cycleId),
    (id) => (id ? db.cycles.get(id) : undefined),
  )
}

/** The sessions of one cycle, in date order; or of every cycle of a school and year. */
export function useCycleSessions(cycleId: MaybeRefOrGetter<string | null>) {
  return useLiveQuery(
    () => toValue(cycleId),
    async (id) => (id ? (await db.cycleSessions.where('cycleId').equals(id).toArray()).sort((a, b) => a.date.localeCompare(b.date)) : []),
  )
}

export function useSchoolSessions(schoolId: MaybeRefOrGetter<string | null>, schoolYearId: MaybeRefOrGetter<string | null>) {
  return useLiveQuery(
    () => ({ schoolId: toValue(schoolId), schoolYearId: toValue(schoolYearId) }),
    async ({ schoolId, schoolYearId }) => {
      if (!schoolId || !schoolYearId) return []
      const sessions = await db.cycleSessions.where('[schoolId+date]').between([schoolId, ''], [schoolId, '\uffff']).toArray()
      return sessions.filter((s) => s.schoolYearId === schoolYearId)
    },
  )
}

/** A school's playbook by name, retired strategies included (cycles that used them keep their names). */
export function usePlaybook(schoolId: MaybeRefOrGetter<string | null>) {
  return useLiveQuery(
    () => toValue(schoolId),
    async (id) => (id ? (await db.playbook.where('schoolId').equals(id).toArray()).sort(byName) : []),
  )
}

export function useSupportReviews(schoolId: MaybeRefOrGetter<string | null>, schoolYearId: MaybeRefOrGetter<string | null>) {
  return useLiveQuery(
    () => ({ schoolId: toValue(schoolId), schoolYearId: toValue(schoolYearId) }),
    async ({ schoolId, schoolYearId }) => {
      if (!schoolId || !schoolYearId) return []
      const reviews = await db.supportReviews.where('[schoolId+schoolYearId]').equals([schoolId, schoolYearId]).toArray()
      return reviews.sort((a, b) => a.startDate.localeCompare(b.startDate))
    },
  )
}

/*
 * Every school's cycles and sessions of one school year. School years are shared by all schools
 * (a cycle names its school and its year), so "all schools" means every school's cycles of that
 * year: the program results over all schools the coach serves in the active year.
 * There is no index on the year alone; a coach's cycles number in the dozens, so a scan is fine.
 */
export function useYearCycles(schoolYearId: MaybeRefOrGetter<string | null>) {
  return useLiveQuery(
    () => toValue(schoolYearId),
    async (id) => {
      if (!id) return []
      const cycles = await db.cycles.filter((c) => c.schoolYearId === id).toArray()
      return cycles.sort((a, b) => b.startDate.localeCompare(a.startDate) || a.teacherName.localeCompare(b.teacherName))
    },
  )
}

export function useYearSessions(schoolYearId: MaybeRefOrGetter<string | null>) {
  return useLiveQuery(
    () => toValue(schoolYearId),
    async (id) =>
      id ? (await db.cycleSessions.filter((s) => s.schoolYearId === id).toArray()).sort((a, b) => a.date.localeCompare(b.date)) : [],
  )
}
