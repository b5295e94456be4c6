/** Live reads of the role-clarity meeting (its writes are in meeting.ts). */
import type { MaybeRefOrGetter } from 'vue'
import type { Agreement, Decision, Task } from '@/domain/schemas'
import { db } from './database'
import { useLiveQuery } from './live'
import { agreementVersions, earlierInsteadAnswers } from './meeting'

export interface MeetingRecords {
  tasks: Task[]
  decisions: Decision[]
  earlierInstead: string[]
}

/**
 * Every task, the decisions of the latest agreement for the school and year (none before it is
 * stored) and earlier "who instead" answers, kept live. Keyed by school and year, not by the
 * agreement id, so storing the first draft or a revision re-reads without a not-ready gap.
 */
export function useMeetingRecords(where: MaybeRefOrGetter<{ schoolId: string; schoolYearId: string } | null>) {
  return useLiveQuery(where, async (w): Promise<MeetingRecords> => {
    // Every read awaits a Dexie promise directly: after awaiting a plain async function, Dexie
    // no longer sees which tables the query reads, and the list would stop following changes.
    const versions = w ? await db.agreements.where('[schoolId+schoolYearId]').equals([w.schoolId, w.schoolYearId]).toArray() : []
    const latest = versions.reduce<Agreement | undefined>((a, b) => (a && a.version > b.version ? a : b), undefined)
    const [tasks, decisions, earlierInstead] = await Promise.all([
      db.tasks.toArray(),
      latest ? db.decisions.where('agreementId').equals(latest.id).toArray() : [],
      earlierInsteadAnswers(),
    ])
    return { tasks, decisions, earlierInstead }
  })
}

/**
 * The latest version of the agreement for a school and school year, kept live: a revision
 * started on the Agreement page replaces a signed version here as soon as it exists.
 * Resolves to null when there is no agreement yet (or no school and year to look in).
 */
export function useLatestAgreement(context: MaybeRefOrGetter<{ schoolId: string; schoolYearId: string } | null>) {
  return useLiveQuery(context, async (where): Promise<Agreement | null> => {
    if (!where) return null
    const [latest] = await agreementVersions(where.schoolId, where.schoolYearId)
    return latest ?? null
  })
}
