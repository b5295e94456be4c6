import type { Page } from 'playwright-core'
import type { Settings } from '@/domain/schemas'
import { dayTotalsOf } from '@/domain/dayTotals'
import { getRecord, putRecords } from './seedDb'
import { seedAgreement, seedEntries, seedTasks } from '../../support/dashboardSeed'

/**
 * A term of logs against a signed agreement at the active school, written straight into the app's
 * IndexedDB, so every page has its real content (tables, charts, flags). Reload or navigate after.
 */
export async function seedTerm(
  page: Page,
  from: string,
  to: string,
  options: { sections?: Record<string, unknown> } = {},
): Promise<{ schoolId: string; schoolYearId: string }> {
  const settings = (await getRecord<Settings>(page, 'settings', 'app'))!
  const schoolId = settings.activeSchoolId!
  const schoolYearId = settings.activeSchoolYearId!
  const now = Date.now()
  const { agreement, decisions } = seedAgreement(schoolId, schoolYearId, now, undefined, options.sections)
  const entries = seedEntries({ schoolId, from, to, now })
  await putRecords(page, {
    tasks: seedTasks(now),
    agreements: [agreement],
    decisions,
    timeEntries: entries,
    dayTotals: dayTotalsOf(entries),
  })
  return { schoolId, schoolYearId }
}
