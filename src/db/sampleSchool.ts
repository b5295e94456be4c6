/**
 * Adding, keeping and removing the sample school (records built in `@/domain/sampleSchool`).
 * Each is one transaction: the sample comes whole or not at all, and goes whole.
 */
import { DEFAULT_TARGETS } from '@/domain/buckets'
import { todayIso, type IsoDate } from '@/domain/dates'
import { dayTotalsOf } from '@/domain/dayTotals'
import { SETTINGS_ID } from '@/domain/keys'
import { buildSampleSchool, isSample } from '@/domain/sampleSchool'
import { agreementSchema, decisionSchema, schoolSchema, settingsSchema, timeEntrySchema, type School } from '@/domain/schemas'
import { coachingCycleSchema, cycleSessionSchema } from '@/domain/schemas/cycle'
import { validate } from '@/domain/validation'
import { ensureCatalogOnce } from './catalog'
import { db as defaultDb, type CoachDatabase } from './database'

/** What removing the sample school takes with it, said before the coach confirms. */
export interface SampleImpact {
  agreements: number
  decisions: number
  entries: number
  cycles: number
}

/** Every table a school's records live in. */
function schoolTables(database: CoachDatabase) {
  return [
    database.schools,
    database.agreements,
    database.decisions,
    database.timeEntries,
    database.dayTotals,
    database.weekNotes,
    database.cycles,
    database.cycleSessions,
    database.playbook,
    database.supportReviews,
    database.settings,
  ]
}

/** The sample school on this device, if there is one. */
export async function findSampleSchool(database: CoachDatabase = defaultDb): Promise<School | undefined> {
  return (await database.schools.toArray()).find((s) => isSample(s))
}

/**
 * Adds the sample school for the active school year and makes it the active school, so the
 * coach sees it at once. Refused when there already is one.
 */
export async function addSampleSchool(
  options: { today?: IsoDate; now?: number } = {},
  database: CoachDatabase = defaultDb,
): Promise<School> {
  const now = options.now ?? Date.now()
  const today = options.today ?? todayIso()
  // Straight after setup the built-in tasks may not be in place yet (the router adds them on the
  // next screen): the sample decides every one of them, so they come first.
  if (database === defaultDb) await ensureCatalogOnce()
  return database.transaction('rw', [...schoolTables(database), database.tasks, database.schoolYears], async () => {
    if (await findSampleSchool(database)) throw new Error('The sample school is already on this device.')
    const settings = await database.settings.get(SETTINGS_ID)
    const year = settings?.activeSchoolYearId ? await database.schoolYears.get(settings.activeSchoolYearId) : undefined
    if (!settings || !year) throw new Error('Finish the first-run setup before adding the sample school.')
    const tasks = await database.tasks.orderBy('sortOrder').toArray()
    if (!tasks.length) throw new Error('The task list is not in place yet. Open the meeting once, then add the sample school.')
    const built = buildSampleSchool({
      // As newId() in @/domain/ids does; not imported, so that small shared chunk stays as it is.
      newId: () => crypto.randomUUID(),
      tasks,
      schoolYear: year,
      coachName: settings.coachName,
      targets: settings.defaultTargets ?? DEFAULT_TARGETS,
      today,
      now,
    })
    const school = validate(schoolSchema, 'school', built.school)
    await database.schools.add(school)
    await database.agreements.add(validate(agreementSchema, 'agreement', built.agreement))
    await database.decisions.bulkAdd(built.decisions.map((d) => validate(decisionSchema, 'decision', d)))
    const entries = built.entries.map((e) => validate(timeEntrySchema, 'time entry', e))
    await database.timeEntries.bulkAdd(entries)
    await database.dayTotals.bulkPut(dayTotalsOf(entries))
    await database.cycles.bulkAdd(built.cycles.map((c) => validate(coachingCycleSchema, 'coaching cycle', c)))
    await database.cycleSessions.bulkAdd(built.cycleSessions.map((s) => validate(cycleSessionSchema, 'session', s)))
    await database.settings.put(validate(settingsSchema, 'settings', { ...settings, activeSchoolId: school.id, updatedAt: now }))
    return school
  })
}

async function recordsOf(schoolId: string, database: CoachDatabase) {
  const agreements = await database.agreements.filter((a) => a.schoolId === schoolId).toArray()
  const agreementIds = agreements.map((a) => a.id)
  const decisions = agreementIds.length ? await database.decisions.where('agreementId').anyOf(agreementIds).toArray() : []
  const entries = await database.timeEntries.where('[schoolId+date]').between([schoolId, ''], [schoolId, '\uffff']).toArray()
  const cycles = await database.cycles.where('schoolId').equals(schoolId).toArray()
  return { agreements, decisions, entries, cycles }
}

export async function sampleImpact(schoolId: string, database: CoachDatabase = defaultDb): Promise<SampleImpact> {
  const r = await database.transaction('r', schoolTables(database), () => recordsOf(schoolId, database))
  return { agreements: r.agreements.length, decisions: r.decisions.length, entries: r.entries.length, cycles: r.cycles.length }
}

/**
 * Removes the sample school and every record that belongs to it, in one transaction. A school
 * kept as a real one is refused: this never deletes a real school.
 */
export async function removeSampleSchool(schoolId: string, database: CoachDatabase = defaultDb): Promise<SampleImpact> {
  return database.transaction('rw', schoolTables(database), async () => {
    const school = await database.schools.get(schoolId)
    if (!isSample(school)) throw new Error('Only the sample school can be removed here.')
    const r = await recordsOf(schoolId, database)
    await database.decisions.bulkDelete(r.decisions.map((d) => d.id))
    await database.agreements.bulkDelete(r.agreements.map((a) => a.id))
    await database.timeEntries.bulkDelete(r.entries.map((e) => e.id))
    await database.dayTotals.where('[schoolId+date]').between([schoolId, ''], [schoolId, '\uffff']).delete()
    await database.weekNotes.filter((n) => n.schoolId === schoolId).delete()
    await database.cycleSessions.filter((s) => s.schoolId === schoolId).delete()
    await database.cycles.where('schoolId').equals(schoolId).delete()
    await database.playbook.where('schoolId').equals(schoolId).delete()
    await database.supportReviews.filter((s) => s.schoolId === schoolId).delete()
    await database.schools.delete(schoolId)
    // The coach goes back to a real school.
    const settings = await database.settings.get(SETTINGS_ID)
    if (settings && settings.activeSchoolId === schoolId) {
      const other = (await database.schools.orderBy('name').toArray())[0]
      await database.settings.put(
        validate(settingsSchema, 'settings', { ...settings, activeSchoolId: other?.id ?? null, updatedAt: Date.now() }),
      )
    }
    return { agreements: r.agreements.length, decisions: r.decisions.length, entries: r.entries.length, cycles: r.cycles.length }
  })
}

/** "Keep as a real school": the sample mark goes, and the school counts like any other from now on. */
export async function keepSampleSchool(schoolId: string, database: CoachDatabase = defaultDb): Promise<School> {
  return database.transaction('rw', database.schools, async () => {
    const school = await database.schools.get(schoolId)
    if (!school) throw new Error('This school is no longer on this device.')
    const rest: School = { ...school, updatedAt: Date.now() }
    delete rest.sample
    const next = validate(schoolSchema, 'school', rest)
    await database.schools.put(next)
    return next
  })
}
