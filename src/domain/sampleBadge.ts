/**
 * How the sample school is told apart (see `sampleSchool.ts`), in a module of its own: the
 * screens, the school scope and the PDFs need these few words, not the sample's builder.
 */
export const SAMPLE_BADGE = 'Sample school'

/** Whether a school record is the sample school (not kept as a real one). */
export const isSample = (school: { sample?: boolean } | undefined | null): boolean => school?.sample === true

/** "Maple Grove Elementary (Sample school)" where only text can carry the badge (options, headings, PDFs). */
export function schoolNameWithBadge(school: { name: string; sample?: boolean }): string {
  return isSample(school) ? `${school.name} (${SAMPLE_BADGE})` : school.name
}
