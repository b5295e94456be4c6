import { db } from './database'
import { useLiveQuery } from './live'
import { SETTINGS_ID } from '@/domain/keys'

/** Small read composables the views use; each stays live as data changes. */

export function useSettings() {
  return useLiveQuery(null, () => db.settings.get(SETTINGS_ID))
}

export function useSchools() {
  return useLiveQuery(null, () => db.schools.orderBy('name').toArray())
}

/** Every task, archived ones included (old entries and versions may name them), in catalog order. */
export function useTasks() {
  return useLiveQuery(null, () => db.tasks.orderBy('sortOrder').toArray())
}

export function useSchoolYears() {
  return useLiveQuery(null, () => db.schoolYears.orderBy('startDate').toArray())
}

export interface StoredCounts {
  schools: number
  schoolYears: number
  tasks: number
  agreements: number
  decisions: number
  timeEntries: number
  weekNotes: number
}

export function useStoredCounts() {
  return useLiveQuery(null, async (): Promise<StoredCounts> => {
    const [schools, schoolYears, tasks, agreements, decisions, timeEntries, weekNotes] = await Promise.all([
      db.schools.count(),
      db.schoolYears.count(),
      db.tasks.count(),
      db.agreements.count(),
      db.decisions.count(),
      db.timeEntries.count(),
      db.weekNotes.count(),
    ])
    return { schools, schoolYears, tasks, agreements, decisions, timeEntries, weekNotes }
  })
}

/** Whether first-run setup is done; the router asks this before every navigation. */
export async function isSetupComplete(): Promise<boolean> {
  return (await db.settings.get(SETTINGS_ID)) !== undefined
}

/** The school and school year the coach is working in now, as chosen in Settings. */
export function useActiveContext() {
  return useLiveQuery(null, async () => {
    const settings = await db.settings.get(SETTINGS_ID)
    if (!settings) return undefined
    const [school, schoolYear] = await Promise.all([
      settings.activeSchoolId ? db.schools.get(settings.activeSchoolId) : undefined,
      settings.activeSchoolYearId ? db.schoolYears.get(settings.activeSchoolYearId) : undefined,
    ])
    return { settings, school, schoolYear }
  })
}
