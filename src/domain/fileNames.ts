/**
 * One file name style for everything the app saves: lowercase words joined by hyphens, school first, then the
 * school year, what the file is and what it covers, e.g. "lincoln-elementary-2026-27-role-agreement-v2.pdf" and
 * "lincoln-elementary-2026-27-time-report-2026-09-01-to-2026-09-30.pdf". Accents are dropped so the name is safe in
 * any mail client or file system.
 */
export function fileNamePart(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

export function documentFileName(parts: readonly string[], extension: 'pdf' | 'csv' | 'json'): string {
  return `${parts.map(fileNamePart).filter(Boolean).join('-')}.${extension}`
}

/** "lincoln-elementary-2026-27-role-agreement-v2" (plus "-draft"). */
export function agreementFileName(schoolName: string, yearLabel: string, version: number, signed: boolean): string {
  return documentFileName([fileNamePart(schoolName) || 'school', yearLabel, 'role-agreement', `v${version}`, signed ? '' : 'draft'], 'pdf')
}

/** The dashboard's downloads: school (or "all schools"), year, what it is, and the dates it covers. */
export function periodFileName(
  what: 'time-report' | 'time-for-principal' | 'cycles-for-principal' | 'time-entries',
  scope: { schoolName: string | null; yearLabel: string; from: string; to: string },
  extension: 'pdf' | 'csv',
): string {
  return documentFileName([scope.schoolName ?? 'all schools', scope.yearLabel, what, scope.from, 'to', scope.to], extension)
}

/** A response to a round's invitation: "evaluation-response-spring-2027-2027-04-12.json" (round, then the day it was made). */
export function responseFileName(roundLabel: string, today: string): string {
  return documentFileName(['evaluation-response', fileNamePart(roundLabel) || 'round', today], 'json')
}

/** A round's results for the coach: "evaluation-results-fall-2026.pdf". */
export function evaluationResultsFileName(roundLabel: string): string {
  return documentFileName(['evaluation-results', fileNamePart(roundLabel) || 'round'], 'pdf')
}

/** A blank paper form of a round for one rater group: "evaluation-paper-form-fall-2026-teacher.pdf". */
export function paperFormFileName(roundLabel: string, group: 'self' | 'administrator' | 'teacher'): string {
  return documentFileName(['evaluation-paper-form', fileNamePart(roundLabel) || 'round', group], 'pdf')
}
