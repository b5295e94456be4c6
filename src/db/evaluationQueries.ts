/** Live reads of the 360° evaluation: rounds, their answers and the state of the coach's key. */
import { toValue, type MaybeRefOrGetter } from 'vue'
import { db } from './database'
import { COACH_KEY_ID } from './evaluation'
import { useLiveQuery } from './live'

/** The rounds of a school year, the latest closing first. */
export function useEvaluationRounds(schoolYearId: MaybeRefOrGetter<string | null>) {
  return useLiveQuery(
    () => toValue(schoolYearId),
    async (id) =>
      id
        ? (await db.evaluationRounds.where('schoolYearId').equals(id).toArray()).sort((a, b) => b.closingDate.localeCompare(a.closingDate))
        : [],
  )
}

/** One round with its answers (undefined round: deleted or unknown). */
export function useEvaluationRound(roundId: MaybeRefOrGetter<string | null>) {
  return useLiveQuery(
    () => toValue(roundId),
    async (id) => {
      if (!id) return { round: undefined, responses: [] }
      const [round, responses] = await Promise.all([
        db.evaluationRounds.get(id),
        db.evaluationResponses.where('roundId').equals(id).toArray(),
      ])
      return { round, responses }
    },
  )
}

/** Every round with its answers, for comparing rounds year over year. */
export function useAllEvaluationRounds() {
  return useLiveQuery(null, async () => {
    const [rounds, responses] = await Promise.all([db.evaluationRounds.toArray(), db.evaluationResponses.toArray()])
    return rounds.map((round) => ({ round, responses: responses.filter((r) => r.roundId === round.id) }))
  })
}

/** The coach's key: none yet, made (public half shown in invitations), and whether it opens files here. */
export function useCoachKey() {
  return useLiveQuery(null, async () => {
    const key = await db.coachKeys.get(COACH_KEY_ID)
    const unlocked = key ? (await db.unlockedKeys.get(key.keyId)) !== undefined : false
    return { key: key ?? null, unlocked }
  })
}
