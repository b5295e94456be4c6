/**
 * Writes of the coach's 360° evaluation: the coach's key, rounds, and answers arriving as
 * response files, on this device or typed in from paper. Crypto runs before each transaction
 * (IndexedDB commits a transaction that waits on anything else).
 */
import { todayIso, type IsoDate } from '@/domain/dates'
import { parseSubmission, type SubmittedAnswers } from '@/domain/evaluation/answers'
import {
  exportPublicKey,
  generateCoachKeyPair,
  keyIdOf,
  toNonExtractable,
  unwrapPrivateKey,
  wrapPrivateKey,
} from '@/domain/evaluation/coachKeys'
import { defaultForm } from '@/domain/evaluation/itemBank'
import { openResponseFiles, type OpenedResponses } from '@/domain/evaluation/responseFile'
import { newId } from '@/domain/ids'
import {
  coachKeySchema,
  evaluationResponseSchema,
  evaluationRoundSchema,
  type CoachKey,
  type EvaluationForm,
  type EvaluationRound,
  type EvaluationResponse,
} from '@/domain/schemas/evaluation'
import { RecordValidationError, validate } from '@/domain/validation'
import { db } from './database'

export const COACH_KEY_ID = 'coach'
const ROUND = 'evaluation round'
const refuse = (record: string, field: string, message: string) => new RecordValidationError(record, [{ field, message }])

export const MIN_PASSPHRASE_LENGTH = 8

/**
 * Makes the coach's key, protected by a passphrase the coach chooses: it opens response files on
 * another device after a restore, and it is what leaves respondent mode. Refused when a key exists.
 */
export async function createCoachKey(passphrase: string, iterations?: number): Promise<CoachKey> {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH)
    throw refuse('coach key', 'passphrase', `Choose a passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters.`)
  const pair = await generateCoachKeyPair()
  const [publicKey, keyId, wrapped, privateKey] = await Promise.all([
    exportPublicKey(pair.publicKey),
    keyIdOf(pair.publicKey),
    wrapPrivateKey(pair, passphrase, iterations),
    toNonExtractable(pair.privateKey),
  ])
  const now = Date.now()
  const key = validate(coachKeySchema, 'coach key', { id: COACH_KEY_ID, publicKey, keyId, wrapped, createdAt: now, updatedAt: now })
  return db.transaction('rw', db.coachKeys, db.unlockedKeys, async () => {
    if (await db.coachKeys.get(COACH_KEY_ID)) throw new Error('This device already has a coach key.')
    await db.coachKeys.add(key)
    await db.unlockedKeys.put({ id: keyId, privateKey })
    return key
  })
}

/** True when the passphrase opens the coach's key (respondent mode is left this way). */
export async function passphraseOpensKey(passphrase: string): Promise<boolean> {
  const key = await db.coachKeys.get(COACH_KEY_ID)
  if (!key) return false
  try {
    await unwrapPrivateKey(key.wrapped, passphrase)
    return true
  } catch {
    return false
  }
}

/** After a restore on another device: opens the wrapped key once, so files can be read here. */
export async function unlockCoachKey(passphrase: string): Promise<void> {
  const key = await db.coachKeys.get(COACH_KEY_ID)
  if (!key) throw new Error('There is no coach key on this device yet.')
  const privateKey = await unwrapPrivateKey(key.wrapped, passphrase).catch((e: unknown) => {
    throw refuse('coach key', 'passphrase', e instanceof Error ? e.message : String(e))
  })
  await db.unlockedKeys.put({ id: key.keyId, privateKey })
}

export interface NewRoundInput {
  schoolYearId: string
  schoolIds: string[]
  label: string
  closingDate: IsoDate
  minTeachers?: number
}

export async function createRound(input: NewRoundInput, today: IsoDate = todayIso(), now = Date.now()): Promise<EvaluationRound> {
  // A round that has closed already could never receive an answer.
  if (input.closingDate < today) throw refuse(ROUND, 'closingDate', 'The closing date has passed. Choose today or a later day.')
  const round = validate(evaluationRoundSchema, ROUND, {
    id: newId(),
    ...input,
    openedOn: today,
    form: defaultForm(),
    frozenAt: null,
    createdAt: now,
    updatedAt: now,
  })
  await db.evaluationRounds.add(round)
  return round
}

function changeRound(id: string, change: (round: EvaluationRound) => EvaluationRound): Promise<EvaluationRound> {
  return db.transaction('rw', db.evaluationRounds, async () => {
    const stored = await db.evaluationRounds.get(id)
    if (!stored) throw new Error('This evaluation round no longer exists: it may have been deleted in another tab.')
    const next = validate(evaluationRoundSchema, ROUND, { ...change(stored), id, createdAt: stored.createdAt, updatedAt: Date.now() })
    await db.evaluationRounds.put(next)
    return next
  })
}

/** Changes the form (see formEdits.ts, which refuses once the form is frozen) in one transaction. */
export const changeRoundForm = (id: string, edit: (round: EvaluationRound) => EvaluationForm) =>
  changeRound(id, (round) => ({ ...round, form: edit(round) }))

export const updateRound = (id: string, patch: Partial<Pick<EvaluationRound, 'label' | 'closingDate' | 'schoolIds' | 'minTeachers'>>) =>
  changeRound(id, (round) => ({ ...round, ...patch }))

/** Stores answers and freezes the form with the first of them. */
async function storeResponses(
  roundId: string,
  answers: { submitted: SubmittedAnswers; source: EvaluationResponse['source']; fingerprint: string | null }[],
  today: IsoDate,
): Promise<EvaluationResponse[]> {
  const now = Date.now()
  return db.transaction('rw', db.evaluationRounds, db.evaluationResponses, async () => {
    const round = await db.evaluationRounds.get(roundId)
    if (!round) throw new Error('This evaluation round no longer exists: it may have been deleted in another tab.')
    const rows = answers.map(({ submitted, source, fingerprint }) =>
      validate(evaluationResponseSchema, 'evaluation response', {
        id: newId(),
        roundId,
        ...submitted,
        source,
        fingerprint,
        receivedOn: today,
        createdAt: now,
        updatedAt: now,
      }),
    )
    for (const row of rows) {
      if (row.fingerprint && (await db.evaluationResponses.where('fingerprint').equals(row.fingerprint).count()))
        throw new Error('This response file has already been imported.')
    }
    await db.evaluationResponses.bulkAdd(rows)
    if (round.frozenAt === null && rows.length) await db.evaluationRounds.put({ ...round, frozenAt: now, updatedAt: now })
    return rows
  })
}

/** An answer sheet given on this device or typed in from paper, checked against the round's form. */
export async function addResponse(
  roundId: string,
  value: unknown,
  source: 'device' | 'paper',
  today: IsoDate = todayIso(),
): Promise<EvaluationResponse> {
  const round = await db.evaluationRounds.get(roundId)
  if (!round) throw new Error('This evaluation round no longer exists: it may have been deleted in another tab.')
  const parsed = parseSubmission(round.form, value)
  if (!parsed.ok) throw refuse('evaluation response', 'answers', parsed.message)
  const [row] = await storeResponses(roundId, [{ submitted: parsed.value, source, fingerprint: null }], today)
  return row!
}

export const SELF_IN_FILE = 'A self-evaluation is given on this device, not as a response file.'

export interface ImportResult {
  imported: number
  refused: OpenedResponses['refused']
}

/**
 * Opens response files for a round and stores the good ones. Each refused file is named with its
 * reason and changes nothing; the accepted ones are stored together.
 */
export async function importResponseFiles(
  roundId: string,
  files: { name: string; bytes: Uint8Array }[],
  today: IsoDate = todayIso(),
): Promise<ImportResult> {
  const [round, key] = await Promise.all([db.evaluationRounds.get(roundId), db.coachKeys.get(COACH_KEY_ID)])
  if (!round) throw new Error('This evaluation round no longer exists: it may have been deleted in another tab.')
  if (!key) throw new Error('There is no coach key on this device, so response files cannot be opened here.')
  const unlocked = await db.unlockedKeys.get(key.keyId)
  if (!unlocked) throw new Error('Unlock the coach key with its passphrase first: this device has not opened it yet.')
  const seen = (await db.evaluationResponses.where('roundId').equals(roundId).toArray()).flatMap((r) =>
    r.fingerprint ? [r.fingerprint] : [],
  )
  const opened = await openResponseFiles(files, {
    roundId,
    privateKey: unlocked.privateKey,
    keyId: key.keyId,
    seenFingerprints: new Set(seen),
    parsePayload: (payload) => {
      const parsed = parseSubmission(round.form, payload)
      // The coach's own answers are given on this device; a file claiming them is not trusted.
      if (parsed.ok && parsed.value.group === 'self') return { ok: false, message: SELF_IN_FILE }
      return parsed
    },
  })
  const accepted = opened.accepted.map((a) => ({
    submitted: a.payload as SubmittedAnswers,
    source: 'file' as const,
    fingerprint: a.fingerprint,
  }))
  if (accepted.length) await storeResponses(roundId, accepted, today)
  return { imported: accepted.length, refused: opened.refused }
}
