import { firstEditionDefaults } from './agreementLegacy'
import { readSections, type Sections } from './agreementSections'
import { openTasks } from './openTasks'
import {
  agreementSnapshotSchema,
  SNAPSHOT_FORMAT,
  type Agreement,
  type AgreementSnapshot,
  type Decision,
  type School,
  type SchoolYear,
  type SnapshotTask,
  type Task,
} from './schemas'

/**
 * What a version of the agreement says, complete and on its own: every task it shows with the
 * decision about it, the targets, the seven sections, the names and the dates. Signing stores
 * this with the version (with its fingerprint), so a signed version never reads a task, a
 * school or a setting that can change later. A draft is shown through the same shape, built
 * live from its records, so the page, the comparison, the history and the PDF read one thing.
 */

export { agreementSnapshotSchema, snapshotTaskSchema, SNAPSHOT_FORMAT, type AgreementSnapshot, type SnapshotTask } from './schemas'

/**
 * What every view of one version reads (the agreement page, the comparison, the history and
 * the PDF): the snapshot, and for a signed version its fingerprint (null for a draft).
 */
export interface VersionView {
  snapshot: AgreementSnapshot
  fingerprint: string | null
}

/** The live records a draft is read from; a signed version needs none of them. */
export interface LiveRecords {
  decisions: readonly Decision[]
  tasks: readonly Task[]
  school: Pick<School, 'name'> | undefined
  schoolYear: Pick<SchoolYear, 'label'> | undefined
}

type SnapshotSource = Pick<
  Agreement,
  'id' | 'version' | 'status' | 'meeting' | 'targets' | 'openItemsAccepted' | 'sections' | 'signatures' | 'signedAt' | 'basedOnId'
>

/** The version as it reads from its records right now: what signing freezes. */
export function snapshotOf(agreement: SnapshotSource, live: LiveRecords, defaults?: Sections): AgreementSnapshot {
  const byTask = new Map(live.decisions.map((d) => [d.taskId, d]))
  const byId = new Map(live.tasks.map((t) => [t.id, t]))
  const entry = (task: Task, d: Decision | undefined): SnapshotTask => ({
    taskId: task.id,
    title: task.title,
    description: task.description,
    bucket: task.bucket,
    choice: d?.choice ?? 'undecided',
    weeklyHours: d?.weeklyHours ?? null,
    insteadBy: d?.insteadBy ?? '',
    note: d?.note ?? '',
  })
  // Decided tasks stay in the version even when archived later; open ones only while active.
  const decided = live.decisions
    .filter((d) => (d.choice === 'will' || d.choice === 'wont') && byId.has(d.taskId))
    .map((d) => byId.get(d.taskId)!)
  const open = openTasks(live.tasks, live.decisions)
  const shown = [...new Map([...decided, ...open].map((t) => [t.id, t])).values()].sort(
    (a, b) => a.sortOrder - b.sortOrder || a.title.localeCompare(b.title),
  )
  return {
    format: SNAPSHOT_FORMAT,
    agreementId: agreement.id,
    version: agreement.version,
    status: agreement.status,
    school: { name: live.school?.name ?? '' },
    schoolYear: { label: live.schoolYear?.label ?? '' },
    meeting: { ...agreement.meeting },
    targets: { ...agreement.targets },
    openItemsAccepted: agreement.openItemsAccepted,
    sections: structuredClone(readSections(agreement.sections, defaults)),
    tasks: shown.map((t) => entry(t, byTask.get(t.id))),
    signatures: {
      coach: agreement.signatures.coach && { ...agreement.signatures.coach },
      principal: agreement.signatures.principal && { ...agreement.signatures.principal },
    },
    signedAt: agreement.signedAt,
    revises: agreement.basedOnId !== null,
  }
}

/**
 * The one way any view gets a version's content: a signed version's stored snapshot (never its
 * live records), a draft's snapshot built from its records now.
 */
export function versionView(agreement: SnapshotSource & Pick<Agreement, 'snapshot' | 'fingerprint'>, live: () => LiveRecords): VersionView {
  if (agreement.status === 'signed' && agreement.snapshot)
    return { snapshot: agreement.snapshot, fingerprint: agreement.fingerprint ?? null }
  return { snapshot: snapshotOf(agreement, live()), fingerprint: null }
}

/**
 * JSON with every object's keys in code-point order and no spaces, so the same content always
 * gives the same text (and so the same fingerprint), whatever order its keys were written in.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  )
}

/** SHA-256 of the snapshot's canonical form, as 64 lower-case hex digits (Web Crypto). */
export async function fingerprintOf(snapshot: AgreementSnapshot): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonicalJson(snapshot)))
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

/** The first 16 hex digits in groups of four, upper case: short enough to read aloud and compare on paper. */
export function shortFingerprint(fingerprint: string): string {
  return fingerprint
    .slice(0, 16)
    .toUpperCase()
    .replace(/(.{4})(?=.)/g, '$1 ')
}

/** Whether the snapshot still holds exactly what was fingerprinted. */
export async function snapshotMatches(snapshot: AgreementSnapshot, fingerprint: string): Promise<boolean> {
  return (await fingerprintOf(snapshot)) === fingerprint
}

/** Every record a signed version's snapshot may be built from, as a database or a backup holds them. */
export interface AllRecords {
  decisions: readonly Decision[]
  tasks: readonly Task[]
  schools: readonly Pick<School, 'id' | 'name'>[]
  schoolYears: readonly Pick<SchoolYear, 'id' | 'label'>[]
}

/**
 * A version signed before snapshots existed, frozen as its records read now: the closest to
 * what was signed that is left. Used by the database upgrade to schema 3 and by the backup
 * upgrade from format 1. Versions that already have a snapshot, and drafts, come back as they are.
 */
export function withSnapshot(agreement: Agreement, all: AllRecords): Agreement {
  if (agreement.status !== 'signed' || agreement.snapshot) return agreement
  const built = snapshotOf(
    agreement,
    {
      decisions: all.decisions.filter((d) => d.agreementId === agreement.id),
      tasks: [...all.tasks].sort((a, b) => a.sortOrder - b.sortOrder),
      school: all.schools.find((s) => s.id === agreement.schoolId),
      schoolYear: all.schoolYears.find((y) => y.id === agreement.schoolYearId),
    },
    firstEditionDefaults(),
  ) // signed under the first edition: what it stored nothing for read as that edition did
  // Old records were checked with the same limits when written; if one still does not fit, keep
  // what the records say rather than lose the version.
  const checked = agreementSnapshotSchema.safeParse(built)
  return { ...agreement, snapshot: checked.success ? checked.data : built }
}

/** Adds the fingerprint to a signed version that has a snapshot but no fingerprint yet. */
export async function withFingerprint(agreement: Agreement): Promise<Agreement> {
  if (!agreement.snapshot || agreement.fingerprint) return agreement
  return { ...agreement, fingerprint: await fingerprintOf(agreement.snapshot) }
}

/** Snapshot and fingerprint for every signed version that lacks them (the database upgrade to schema 3). */
export async function sealSignedVersions(agreements: readonly Agreement[], all: AllRecords): Promise<Agreement[]> {
  return Promise.all(agreements.map((a) => withFingerprint(withSnapshot(a, all))))
}
