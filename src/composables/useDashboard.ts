/**
 * The dashboard's state: the period and school chosen (kept in the address, so a view can be
 * bookmarked or reopened), the data read for them and the series built from it.
 */
import { computed } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { askedSchool, dashboardPeriod, withQuery, type QueryPatch } from '@/router/query'
import { todayIso } from '@/domain/dates'
import { resolvePeriod, type PeriodChoice, type PeriodKind } from '@/domain/dashboard/period'
import { buildDashboardSeries } from '@/domain/dashboard/series'
import { projectSplit } from '@/domain/projection'
import { resolveScope, taskTitleLookup, type ScopeInput } from '@/domain/dashboard/scope'
import { dashboardSchool, entriesOfRealSchools, requestedScope } from '@/domain/schoolScope'
import { useDashboardData } from '@/db/dashboardQueries'

const DEFAULT_PERIOD: PeriodKind = 'term'

export function useDashboard() {
  const route = useRoute()
  const router = useRouter()

  const choice = computed<PeriodChoice>(() => dashboardPeriod(route.query, DEFAULT_PERIOD))
  /** The school id in the address; undefined until the coach picks (then the active school). */
  const requestedSchool = computed(() => askedSchool(route.query))
  const scopeKey = computed<string | null>(() => requestedScope(requestedSchool.value))

  // Reads every school until the coach picks one; the active school is then applied below, so the
  // first screen needs one read, not two.
  const { data, ready, error } = useDashboardData(scopeKey)

  const schoolId = computed<string | null>(() =>
    dashboardSchool(requestedSchool.value, data.value?.schools ?? [], data.value?.settings.activeSchoolId),
  )

  const scopeInput = computed<ScopeInput | null>(() =>
    data.value
      ? {
          schools: data.value.schools,
          tasks: data.value.tasks,
          agreements: data.value.agreements,
          defaultTargets: data.value.settings.defaultTargets,
        }
      : null,
  )
  const scope = computed(() => (scopeInput.value ? resolveScope(scopeInput.value, schoolId.value) : null))
  const taskTitle = computed(() => taskTitleLookup(data.value?.tasks ?? []))
  const today = todayIso()

  const periodResult = computed(() => (data.value ? resolvePeriod(choice.value, data.value.schoolYear, today) : null))
  const entries = computed(() => {
    const all = data.value?.entries ?? []
    const id = schoolId.value
    // While every school was read, keep the chosen one's entries only; every school combined leaves the sample out.
    if (id === null) return entriesOfRealSchools(all, data.value?.schools ?? [])
    return scopeKey.value === id ? all : all.filter((e) => e.schoolId === id)
  })

  const series = computed(() => {
    const result = periodResult.value
    if (!data.value || !scope.value || !result?.ok) return null
    const targets = scope.value.targets
    return buildDashboardSeries({
      year: data.value.schoolYear,
      period: result.period,
      entries: entries.value,
      targets: scope.value.targets,
      wontDo: scope.value.wontDo,
      planned: scope.value.planned,
      project: (planned) => projectSplit(planned, targets),
      taskTitle: taskTitle.value,
    })
  })

  function update(query: QueryPatch): void {
    void router.replace({ query: withQuery(route.query, query) })
  }

  return { data, ready, error, choice, schoolId, scope, scopeInput, periodResult, entries, series, taskTitle, today, update }
}
