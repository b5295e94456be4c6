// STUB (drop at merge): replaced by the real module from the "cycles" helper.
import { ref, type MaybeRefOrGetter } from 'vue'
import type { LiveResult } from './live'
import type { CoachingCycle, CycleSession, PlaybookStrategy, SupportReview } from '@/domain/schemas/cycle'

function empty<T>(value: T): LiveResult<T> {
  return { data: ref(value) as LiveResult<T>['data'], ready: ref(true), error: ref(null) }
}
export function useCycles(_schoolId: MaybeRefOrGetter<string | null>, _schoolYearId: MaybeRefOrGetter<string | null>): LiveResult<CoachingCycle[]> {
  return empty<CoachingCycle[]>([])
}
export function useCycle(_cycleId: MaybeRefOrGetter<string | null>): LiveResult<CoachingCycle | undefined> {
  return empty<CoachingCycle | undefined>(undefined)
}
export function useCycleSessions(_cycleId: MaybeRefOrGetter<string | null>): LiveResult<CycleSession[]> {
  return empty<CycleSession[]>([])
}
export function usePlaybook(_schoolId: MaybeRefOrGetter<string | null>): LiveResult<PlaybookStrategy[]> {
  return empty<PlaybookStrategy[]>([])
}
export function useSupportReviews(
  _schoolId: MaybeRefOrGetter<string | null>,
  _schoolYearId: MaybeRefOrGetter<string | null>,
): LiveResult<SupportReview[]> {
  return empty<SupportReview[]>([])
}
