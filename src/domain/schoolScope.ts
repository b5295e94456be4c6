/**
 * The school scope: one school, or every school combined. The time log and the dashboard both
 * keep it in the address as `?school=<id>` or `?school=all`; this module reads that value,
 * names the scope and filters by it, so the two screens cannot drift apart.
 */

/** The sample school's badge (see sampleSchool.ts): kept here, with the scope, so every screen that names schools has it. */
export const SAMPLE_BADGE = 'Sample school'

/** Whether a school record is the sample school (not kept as a real one). */
export const isSample = (school: { sample?: boolean } | undefined | null): boolean => school?.sample === true

/** "Maple Grove Elementary (Sample school)" where only text can carry the badge (options, headings, PDFs). */
export function schoolNameWithBadge(school: { name: string; sample?: boolean }): string {
  return isSample(school) ? `${school.name} (${SAMPLE_BADGE})` : school.name
}

/** The `?school=` value (and select option) for every school together. */
export const ALL_SCHOOLS = 'all'

/** A school id, or null for every school combined. */
export type SchoolScope = string | null

interface SchoolRef {
  id: string
  /** The sample school: never part of every school combined (see isSample below). */
  sample?: boolean
}

/** The select / address value of a scope: the school id, or ALL_SCHOOLS. */
export function scopeValue(schoolId: SchoolScope): string {
  return schoolId ?? ALL_SCHOOLS
}

/**
 * The scope an address value asks for, before it is checked against the schools: null for
 * `all` and for no value at all (read everything until a school is chosen).
 */
export function requestedScope(requested: string | null | undefined): SchoolScope {
  return requested === ALL_SCHOOLS ? null : (requested ?? null)
}

/**
 * The time log's school: `all` only means all when there are several schools; a known
 * requested school wins; else the active school, else the first one.
 */
export function timeLogSchool(
  requested: string | null,
  schools: readonly SchoolRef[],
  activeSchoolId: string | null | undefined,
): SchoolScope {
  if (requested === ALL_SCHOOLS && schools.length > 1) return null
  if (requested && schools.some((s) => s.id === requested)) return requested
  return schools.find((s) => s.id === activeSchoolId)?.id ?? schools[0]?.id ?? null
}

/**
 * The dashboard's school: `all` is every school; with one school (or none) it is that school;
 * else the requested school (or the active one when none is requested) if known, else all.
 */
export function dashboardSchool(
  requested: string | undefined,
  schools: readonly SchoolRef[],
  activeSchoolId: string | null | undefined,
): SchoolScope {
  if (requested === ALL_SCHOOLS) return null
  const wanted = requested ?? activeSchoolId ?? null
  if (schools.length <= 1) return schools[0]?.id ?? null
  return schools.some((s) => s.id === wanted) ? wanted : null
}

/** The schools a scope covers: every school combined leaves the sample school out. */
export function schoolsInScope<T extends SchoolRef>(schools: readonly T[], schoolId: SchoolScope): readonly T[] {
  return schoolId === null ? schools.filter((s) => !isSample(s)) : schools.filter((s) => s.id === schoolId)
}

/** The ids of the sample schools, whose entries every school combined leaves out. */
export function sampleSchoolIds(schools: readonly SchoolRef[]): Set<string> {
  return new Set(schools.filter((s) => isSample(s)).map((s) => s.id))
}

/** The entries every school combined counts: none of the sample school's. */
export function entriesOfRealSchools<T extends { schoolId: string }>(entries: readonly T[], schools: readonly SchoolRef[]): T[] {
  const samples = sampleSchoolIds(schools)
  return samples.size ? entries.filter((e) => !samples.has(e.schoolId)) : [...entries]
}

/** "Lincoln Elementary" (with the sample badge in words), or "All schools: Lincoln Elementary, Washington Middle". */
export function scopeLabel(schoolsCovered: readonly { name: string; sample?: boolean }[], schoolId: SchoolScope): string {
  if (schoolId === null) return `All schools: ${schoolsCovered.map((s) => s.name).join(', ')}`
  const school = schoolsCovered[0]
  return school ? schoolNameWithBadge(school) : 'Unknown school'
}

/** The entries of one school, or of every school when schoolId is null (the combined view). */
export function entriesOfSchool<T extends { schoolId: string }>(entries: readonly T[], schoolId: SchoolScope): T[] {
  return schoolId === null ? [...entries] : entries.filter((e) => e.schoolId === schoolId)
}
