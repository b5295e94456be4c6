/**
 * What both time-log screens (week and year) read: the school year, the schools, which
 * school's log is shown (`?school=` in the address, else the active school), the agreements
 * in force with their targets and won't-do tasks, and the time logged over the school year.
 */
import { computed, ref, type ComputedRef } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { askedSchool, withQuery } from '@/router/query'
import { DEFAULT_TARGETS, type Targets } from '@/domain/buckets'
import { combinedTargets } from '@/domain/flags'
import { weeksOfSchoolYear } from '@/domain/schoolWeeks'
import { schoolsInScope, timeLogSchool } from '@/domain/schoolScope'
import { wontDoBySchool, type WontDoTasks } from '@/domain/wontDo'
import { useActiveContext, useSchools, useTasks } from '@/db/queries'
import { useAgreementsInForce, useLoggedTime } from '@/db/timeLogQueries'

export function useTimeLogContext() {
  const route = useRoute()
  const router = useRouter()
  const { data: active, ready } = useActiveContext()
  const { data: schools } = useSchools()
  const { data: tasks } = useTasks()

  const settings = computed(() => active.value?.settings)
  const schoolYear = computed(() => active.value?.schoolYear ?? null)
  const schoolYearId = computed(() => schoolYear.value?.id ?? null)
  const weeks = computed(() => (schoolYear.value ? weeksOfSchoolYear(schoolYear.value) : []))

  const requestedSchool = computed(() => askedSchool(route.query) ?? null)
  /** The school whose log is shown, or null for all schools combined. */
  const schoolId: ComputedRef<string | null> = computed(() =>
    timeLogSchool(requestedSchool.value, schools.value ?? [], settings.value?.activeSchoolId),
  )
  const school = computed(() => schools.value?.find((s) => s.id === schoolId.value) ?? null)

  const { data: agreements } = useAgreementsInForce(schoolYearId)
  const defaults = computed<Targets>(() => settings.value?.defaultTargets ?? DEFAULT_TARGETS)

  function targetsFor(id: string | null): Targets {
    if (id !== null) return agreements.value?.get(id)?.targets ?? defaults.value
    // Every school combined leaves the sample out, its targets too.
    const perSchool = schoolsInScope(schools.value ?? [], null).map((s) => agreements.value?.get(s.id)?.targets ?? defaults.value)
    return combinedTargets(perSchool, defaults.value)
  }

  const wontDo = computed<WontDoTasks>(() => wontDoBySchool(agreements.value ?? []))

  // Time logged at every school over the whole school year (from the day totals): shares,
  // rolling window, year to date.
  const yearFrom = computed(() => weeks.value[0]?.weekStart ?? '0000-01-01')
  const yearTo = computed(() => weeks.value.at(-1)?.weekEnd ?? '0000-01-01')
  const { data: yearEntries } = useLoggedTime(ref(null), yearFrom, yearTo)

  const taskTitle = (taskId: string) => tasks.value?.find((t) => t.id === taskId)?.title ?? 'A task that was removed'

  function setSchool(id: string) {
    void router.replace({ query: withQuery(route.query, { school: id }) })
  }

  return {
    ready,
    settings,
    schoolYear,
    schoolYearId,
    weeks,
    schools,
    school,
    schoolId,
    tasks,
    agreements,
    targetsFor,
    wontDo,
    yearEntries,
    taskTitle,
    setSchool,
  }
}

export type TimeLogContext = ReturnType<typeof useTimeLogContext>
