import { createHash } from 'node:crypto'
import fixture from '../fixtures/db-v1.json'
import { BACKUP_FORMAT, CURRENT_FORMAT_VERSION, type BackupData } from '@/domain/backup'
import { canonicalJson, withSnapshot, type AllRecords } from '@/domain/agreementSnapshot'
import type { Agreement } from '@/domain/schemas'
import type { CoachDatabase } from '@/db/database'
import { rebuildDayTotals } from '@/db/dayTotals'
import { KEY_ID_LENGTH, PUBLIC_KEY_LENGTH, WRAPPED_KEY_FORMAT, WRAPPED_KEY_FORMAT_VERSION } from '@/domain/evaluation/coachKeys'
import { askedItems, defaultForm } from '@/domain/evaluation/itemBank'

/**
 * The realistic data of the v1 fixture, as a fresh copy each time, in today's shape: the signed
 * version carries its snapshot and fingerprint (worked out here with Node's SHA-256, the same
 * digest Web Crypto gives, so the helper can stay synchronous).
 */
export function sampleData(): BackupData {
  const data = { ...structuredClone(fixture.tables), ...sampleCycleTables(), ...sampleEvaluationTables() } as unknown as BackupData
  data.agreements = data.agreements.map((a) => sealed(a, data as unknown as AllRecords))
  return data
}

/** The fixture's tables exactly as format 1 held them: signed versions without a snapshot, no cycle tables. */
export function sampleDataV1(): BackupData {
  return structuredClone(fixture.tables) as unknown as BackupData
}

/** The sample as format 2 held it: no cycle tables. */
export function sampleDataV2(): Omit<BackupData, 'cycles' | 'cycleSessions' | 'playbook' | 'supportReviews' | EvaluationTable> {
  const data: Partial<BackupData> = sampleData()
  for (const t of ['cycles', 'cycleSessions', 'playbook', 'supportReviews', ...EVALUATION_TABLES] as const) delete data[t]
  return data as Omit<BackupData, 'cycles' | 'cycleSessions' | 'playbook' | 'supportReviews' | EvaluationTable>
}

/** The sample as format 3 held it: no evaluation tables. */
export function sampleDataV3(): Omit<BackupData, EvaluationTable> {
  const data: Partial<BackupData> = sampleData()
  for (const t of EVALUATION_TABLES) delete data[t]
  return data as Omit<BackupData, EvaluationTable>
}

const EVALUATION_TABLES = ['evaluationRounds', 'evaluationResponses', 'coachKeys'] as const
type EvaluationTable = (typeof EVALUATION_TABLES)[number]

/** A made-up but well-formed base64url string of `n` characters. */
const b64 = (n: number, c = 'A') => c.repeat(n)

/** One evaluation round of the fixture's first year with one teacher's answers, and a coach key. */
function sampleEvaluationTables(): Pick<BackupData, EvaluationTable> {
  const at = 1788000000000
  const form = defaultForm()
  const answers = Object.fromEntries(askedItems(form).map((item, i) => [item.id, i % 6 === 5 ? ('na' as const) : (((i % 5) + 1) as 1)]))
  return {
    evaluationRounds: [
      {
        id: 'round-0001',
        schoolYearId: fixture.tables.schoolYears[0]!.id,
        schoolIds: [fixture.tables.schools[0]!.id],
        label: 'Spring 2027',
        openedOn: '2027-03-01',
        closingDate: '2027-03-31',
        form,
        frozenAt: at,
        createdAt: at,
        updatedAt: at,
      },
    ],
    evaluationResponses: [
      {
        id: 'resp-0001',
        roundId: 'round-0001',
        group: 'teacher',
        answers,
        keepDoing: 'Asking what I noticed first.',
        doDifferently: '',
        source: 'file',
        fingerprint: b64(43, 'f'),
        receivedOn: '2027-03-10',
        createdAt: at,
        updatedAt: at,
      },
    ],
    coachKeys: [
      {
        id: 'coach',
        publicKey: b64(PUBLIC_KEY_LENGTH, 'B'),
        keyId: b64(KEY_ID_LENGTH, 'k'),
        wrapped: {
          format: WRAPPED_KEY_FORMAT,
          formatVersion: WRAPPED_KEY_FORMAT_VERSION,
          publicKey: b64(PUBLIC_KEY_LENGTH, 'B'),
          kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000, salt: b64(22) },
          iv: b64(16),
          wrapped: b64(200, 'w'),
        },
        createdAt: at,
        updatedAt: at,
      },
    ],
  }
}

function emptyCycleTables(): Pick<BackupData, 'cycles' | 'cycleSessions' | 'playbook' | 'supportReviews'> {
  return { cycles: [], cycleSessions: [], playbook: [], supportReviews: [] }
}

/** One cycle, a playbook strategy and a support review at the fixture's first school and year. */
function sampleCycleTables(): Pick<BackupData, 'cycles' | 'cycleSessions' | 'playbook' | 'supportReviews'> {
  const schoolId = fixture.tables.schools[0]!.id
  const schoolYearId = fixture.tables.schoolYears[0]!.id
  const at = 1786370460000
  return {
    ...emptyCycleTables(),
    playbook: [
      {
        id: 'play-0001',
        schoolId,
        name: 'Exit tickets',
        description: 'A short check at the end of a lesson.',
        checklist: ['One question per objective'],
        retired: false,
        createdAt: at,
        updatedAt: at,
      },
    ],
    cycles: [
      {
        id: 'cycle-0001',
        schoolId,
        schoolYearId,
        teacherName: 'Dana Whitfield',
        teacherLabel: 'DW',
        gradeOrSubject: 'Grade 4 math',
        startDate: '2026-09-14',
        evidence: ['video', 'student-work'],
        currentReality: 'Half the class finishes the exit ticket.',
        goal: '85% of students show mastery on exit tickets.',
        peers: ['powerful', 'reachable', 'studentFocused'],
        measure: { what: 'students at mastery on exit tickets', kind: 'percent', unitLabel: '%', min: null, max: null },
        baseline: { value: 52, date: '2026-09-14' },
        target: { value: 85, date: '2026-11-20' },
        strategies: [{ playbookId: 'play-0001', name: 'Exit tickets' }],
        adaptations: [],
        progressChecks: [{ id: 'check-0001', date: '2026-10-05', value: 64, note: '' }],
        outcome: null,
        reflection: '',
        createdAt: at,
        updatedAt: at,
      },
    ],
    supportReviews: [
      {
        id: 'review-0001',
        schoolId,
        schoolYearId,
        label: 'Fall term',
        startDate: '2026-08-17',
        endDate: '2026-12-18',
        commitments: [{ text: 'Protect coaching time from substitute duty.', status: 'partly' }],
        checklist: { 'time-protected': 'partly' },
        note: '',
        createdAt: at,
        updatedAt: at,
      },
    ],
  }
}

function sealed(a: Agreement, all: AllRecords): Agreement {
  const withOne = withSnapshot(a, all)
  return withOne.snapshot
    ? { ...withOne, fingerprint: createHash('sha256').update(canonicalJson(withOne.snapshot)).digest('hex') }
    : withOne
}

/** A small but complete slice of the sample: one of everything, references intact. Fast to check many times. */
export function smallData(): BackupData {
  const all = sampleData()
  const tasks = [all.tasks[0]!, all.tasks[4]!, all.tasks[6]!]
  const taskIds = new Set(tasks.map((t) => t.id))
  const school = all.schools[0]!
  const agreement = all.agreements[0]!
  return {
    schools: [school],
    schoolYears: [all.schoolYears[0]!],
    tasks,
    agreements: [agreement],
    decisions: all.decisions.filter((d) => d.agreementId === agreement.id && taskIds.has(d.taskId)),
    timeEntries: all.timeEntries.filter((e) => e.schoolId === school.id && (e.taskId === null || taskIds.has(e.taskId))).slice(0, 5),
    weekNotes: [all.weekNotes[0]!],
    settings: all.settings,
    cycles: all.cycles,
    cycleSessions: [],
    playbook: all.playbook,
    supportReviews: all.supportReviews,
    evaluationRounds: all.evaluationRounds,
    evaluationResponses: all.evaluationResponses,
    coachKeys: all.coachKeys,
  }
}

/** A complete, valid backup file object around `data`. */
export function backupObject(data: BackupData = sampleData()) {
  return { format: BACKUP_FORMAT, formatVersion: CURRENT_FORMAT_VERSION, appVersion: '0.1.0', exportedAt: '2026-11-25T19:30:00.000Z', data }
}

export function backupText(data: BackupData = sampleData()): string {
  return JSON.stringify(backupObject(data))
}

export async function loadData(database: CoachDatabase, data: BackupData): Promise<void> {
  await database.transaction('rw', database.tables, async () => {
    for (const [table, rows] of Object.entries(data)) await database.table(table).bulkAdd(rows as unknown[])
    await rebuildDayTotals(database)
  })
}
