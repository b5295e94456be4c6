/**
 * A backup never carries the sample school (unless the coach kept it as a real school): its
 * school record and every record pointing at it are left out, and a settings record whose active
 * school is the sample points at the first real school instead.
 */
import type { BackupData } from './tables'

export function withoutSample(data: BackupData): BackupData {
  const sampleIds = new Set(data.schools.filter((s) => s.sample === true).map((s) => s.id))
  if (!sampleIds.size) return data
  const real = (r: { schoolId: string }) => !sampleIds.has(r.schoolId)
  const agreements = data.agreements.filter(real)
  const agreementIds = new Set(agreements.map((a) => a.id))
  const schools = data.schools.filter((s) => !sampleIds.has(s.id))
  const firstReal = [...schools].sort((a, b) => a.name.localeCompare(b.name))[0]?.id ?? null
  return {
    ...data,
    schools,
    agreements,
    decisions: data.decisions.filter((d) => agreementIds.has(d.agreementId)),
    timeEntries: data.timeEntries.filter(real),
    weekNotes: data.weekNotes.filter(real),
    cycles: data.cycles.filter(real),
    cycleSessions: data.cycleSessions.filter(real),
    playbook: data.playbook.filter(real),
    supportReviews: data.supportReviews.filter(real),
    settings: data.settings.map((s) => (s.activeSchoolId && sampleIds.has(s.activeSchoolId) ? { ...s, activeSchoolId: firstReal } : s)),
  }
}
