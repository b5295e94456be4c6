import { createRouter, createWebHistory, type RouteRecordInfo, type RouteRecordRaw } from 'vue-router'
import { isSetupComplete } from '@/db/queries'
import { respondentLock } from '@/db/respondentLock'

/** Every screen but the first is loaded on demand so the first screen stays small. */
export const routes: RouteRecordRaw[] = [
  { path: '/', redirect: '/meeting' },
  { path: '/setup', name: 'setup', component: () => import('@/views/SetupView.vue'), meta: { title: 'Welcome', public: true } },
  { path: '/meeting', name: 'meeting', component: () => import('@/views/MeetingView.vue'), meta: { title: 'Meeting', nav: true } },
  { path: '/agreement', name: 'agreement', component: () => import('@/views/AgreementView.vue'), meta: { title: 'Agreement', nav: true } },
  {
    path: '/time',
    component: () => import('@/views/TimeLogView.vue'),
    children: [
      { path: '', name: 'time', component: () => import('@/views/TimeWeekView.vue'), meta: { title: 'Time log', nav: true } },
      { path: 'year', name: 'time-year', component: () => import('@/views/TimeYearView.vue'), meta: { title: 'Year · Time log' } },
    ],
  },
  { path: '/dashboard', name: 'dashboard', component: () => import('@/views/DashboardView.vue'), meta: { title: 'Dashboard', nav: true } },
  { path: '/cycles', name: 'cycles', component: () => import('@/views/CyclesView.vue'), meta: { title: 'Cycles', nav: true } },
  {
    path: '/cycles/program',
    name: 'program',
    component: () => import('@/views/ProgramView.vue'),
    meta: { title: 'Program results' },
  },
  { path: '/cycles/:id', name: 'cycle', component: () => import('@/views/CycleView.vue'), meta: { title: 'Cycle' } },
  {
    path: '/evaluation',
    name: 'evaluation',
    component: () => import('@/views/EvaluationView.vue'),
    meta: { title: 'Evaluation', nav: true },
  },
  {
    path: '/evaluation/:id/answer',
    name: 'respondent',
    component: () => import('@/views/RespondentModeView.vue'),
    meta: { title: 'Answer', respondent: true },
  },
  {
    path: '/evaluation/:id',
    name: 'evaluation-round',
    component: () => import('@/views/EvaluationRoundView.vue'),
    meta: { title: 'Evaluation round' },
  },
  { path: '/data', name: 'data', component: () => import('@/views/DataView.vue'), meta: { title: 'Data', nav: true } },
  { path: '/settings', name: 'settings', component: () => import('@/views/SettingsView.vue'), meta: { title: 'Settings', nav: true } },
  // An invitation's page, opened on a respondent's own device: no setup, no database (see the guard).
  {
    path: '/respond',
    name: 'respond',
    component: () => import('@/views/RespondView.vue'),
    meta: { title: 'Coach evaluation', public: true, respondent: true },
  },
  { path: '/why-targets', name: 'why-targets', component: () => import('@/views/WhyTargetsView.vue'), meta: { title: 'Why 60% and 10%?' } },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('@/views/NotFoundView.vue'),
    meta: { title: 'Not found', public: true },
  },
]

export function createAppRouter() {
  const router = createRouter({ history: createWebHistory(), routes })

  // Every screen relies on the coach, a school and a school year: send a new user to setup first.
  // Once setup is complete it stays so (a restore always brings settings back), so later
  // navigations skip the read.
  let setupComplete = false
  router.beforeEach(async (to) => {
    // Respondent mode: the device stays on the round's answer form until the coach's passphrase ends it.
    const lock = respondentLock()
    if (lock && !(to.name === 'respondent' && to.params.id === lock.roundId)) return { name: 'respondent', params: { id: lock.roundId } }
    // A respondent's device may never have run setup: the page reads and writes no database.
    if (to.meta.respondent) return true
    const done = setupComplete || (setupComplete = await isSetupComplete())
    if (!done && !to.meta.public) return { name: 'setup' }
    // The built-in task list must be in place before any screen lists tasks. Loaded on demand
    // (it brings the validation library) and run once per page load; later calls cost nothing.
    if (done) {
      try {
        await (await import('@/db/catalog')).ensureCatalogOnce()
      } catch {
        // A storage failure here is reported by the screen that reads the tasks.
      }
    }
    if (done && to.name === 'setup') return { name: 'meeting' }
    return true
  })

  router.afterEach((to) => {
    document.title = `${String(to.meta.title ?? '')} · Coach Role Planner`
  })

  return router
}

type NoParams = Record<never, never>
/** Every named route. Declared to vue-router below, so `router.push`, `<RouterLink :to>` and
 * `to.name` accept only these names and a typo fails type checking. */
export interface AppRouteMap {
  setup: RouteRecordInfo<'setup', '/setup', NoParams, NoParams>
  meeting: RouteRecordInfo<'meeting', '/meeting', NoParams, NoParams>
  agreement: RouteRecordInfo<'agreement', '/agreement', NoParams, NoParams>
  time: RouteRecordInfo<'time', '/time', NoParams, NoParams>
  'time-year': RouteRecordInfo<'time-year', '/time/year', NoParams, NoParams>
  dashboard: RouteRecordInfo<'dashboard', '/dashboard', NoParams, NoParams>
  cycles: RouteRecordInfo<'cycles', '/cycles', NoParams, NoParams>
  program: RouteRecordInfo<'program', '/cycles/program', NoParams, NoParams>
  cycle: RouteRecordInfo<'cycle', '/cycles/:id', { id: string }, { id: string }>
  evaluation: RouteRecordInfo<'evaluation', '/evaluation', NoParams, NoParams>
  'evaluation-round': RouteRecordInfo<'evaluation-round', '/evaluation/:id', { id: string }, { id: string }>
  respondent: RouteRecordInfo<'respondent', '/evaluation/:id/answer', { id: string }, { id: string }>
  data: RouteRecordInfo<'data', '/data', NoParams, NoParams>
  settings: RouteRecordInfo<'settings', '/settings', NoParams, NoParams>
  respond: RouteRecordInfo<'respond', '/respond', NoParams, NoParams>
  'why-targets': RouteRecordInfo<'why-targets', '/why-targets', NoParams, NoParams>
  'not-found': RouteRecordInfo<'not-found', '/:pathMatch(.*)*', { pathMatch?: string | string[] }, { pathMatch: string | string[] }>
}
export type RouteName = keyof AppRouteMap

declare module 'vue-router' {
  interface TypesConfig {
    RouteNamedMap: AppRouteMap
  }
  interface RouteMeta {
    title?: string
    nav?: boolean
    public?: boolean
    /** The respond page: no app chrome, no database, no setup. */
    respondent?: boolean
  }
}
