import { exportPublicKey, importPublicKey, keyIdOf } from './coachKeys'
import { fromBase64Url, sha256, toBase64Url } from './base64url'
import {
  MAX_PAYLOAD_BYTES,
  MAX_RESPONSE_BYTES,
  RESPONSE_FORMAT,
  RESPONSE_FORMAT_VERSION,
  responseEnvelopeSchema,
  responseHeader,
  upgradeResponseEnvelope,
  type ResponseEnvelope,
} from './responseEnvelope'

export * from './responseEnvelope'

/**
 * Response files: a teacher's answers encrypted to the coach's public key, with no server. Each
 * file has its own ephemeral ECDH P-256 key; the shared secret goes through HKDF-SHA-256 to an
 * AES-256-GCM key, and the readable header is the additional data, so a changed round, coach or
 * date, a changed byte or a cut-short file all fail to open.
 */

const encoder = new TextEncoder()
const EC = { name: 'ECDH', namedCurve: 'P-256' } as const
const HKDF_INFO = encoder.encode(`${RESPONSE_FORMAT}/${RESPONSE_FORMAT_VERSION}`)

async function aesKey(privateKey: CryptoKey, publicKey: CryptoKey, usage: KeyUsage): Promise<CryptoKey> {
  const secret = await crypto.subtle.deriveBits({ name: 'ECDH', public: publicKey }, privateKey, 256)
  const material = await crypto.subtle.importKey('raw', secret, 'HKDF', false, ['deriveKey'])
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: HKDF_INFO },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    [usage],
  )
}

/** Today in local time as YYYY-MM-DD (a date only, see the schema). */
function today(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** The text of a response file holding `payload` (any JSON value), for the coach's public key. */
export async function sealResponse(
  payload: unknown,
  options: { roundId: string; coachPublicKey: string | CryptoKey; now?: Date },
): Promise<string> {
  const coachKey = typeof options.coachPublicKey === 'string' ? await importPublicKey(options.coachPublicKey) : options.coachPublicKey
  const plain = encoder.encode(JSON.stringify(payload))
  if (plain.length > MAX_PAYLOAD_BYTES)
    throw new Error('These answers are too long to fit in a response file. Shorten the comments and try again.')
  const ephemeral = await crypto.subtle.generateKey(EC, true, ['deriveBits'])
  const head = {
    format: RESPONSE_FORMAT,
    formatVersion: RESPONSE_FORMAT_VERSION,
    roundId: options.roundId,
    keyId: await keyIdOf(coachKey),
    createdOn: today(options.now ?? new Date()),
    ephemeralPublicKey: await exportPublicKey(ephemeral.publicKey),
  } as const
  const iv = crypto.getRandomValues(new Uint8Array(12))
  const key = await aesKey(ephemeral.privateKey, coachKey, 'encrypt')
  const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: responseHeader(head) }, key, plain)
  const envelope: ResponseEnvelope = { ...head, iv: toBase64Url(iv), ciphertext: toBase64Url(new Uint8Array(sealed)) }
  return JSON.stringify(envelope, null, 2)
}

export type PayloadCheck = (value: unknown) => { ok: true; value: unknown } | { ok: false; message: string }

export interface OpenOptions {
  roundId: string
  privateKey: CryptoKey
  keyId: string
  /** Fingerprints of files already imported (the caller keeps them with the answers). */
  seenFingerprints: Set<string>
  /** The round's answer check; its message is shown as the reason a file is refused. */
  parsePayload?: PayloadCheck
}

export interface OpenedResponses {
  accepted: { name: string; fingerprint: string; payload: unknown }[]
  refused: { name: string; message: string }[]
}

const KB = Math.round(MAX_RESPONSE_BYTES / 1024)
export const RESPONSE_MESSAGES = {
  empty: 'This file is empty (0 bytes), so it holds no answers.',
  tooLarge: `This file is larger than ${KB} KB, so it is not a response file from this app.`,
  notResponse: 'This file is not a response file from this app, or it was cut short.',
  newer: 'This response file was made by a newer version of the app. Update the app, then import it again.',
  damaged: 'This response file is damaged: some of its fields are missing or not valid.',
  otherRound: 'This response file belongs to another evaluation round.',
  otherCoach: 'This response file was made for another coach, so it cannot be opened on this device.',
  changed: 'This response file was changed or cut short after it was made, so its answers cannot be trusted.',
  duplicate: 'This response file has already been imported.',
  duplicateInBatch: 'This response file is the same as another file in this import.',
} as const

class Refusal extends Error {}

async function openOne(bytes: Uint8Array, options: OpenOptions): Promise<{ fingerprint: string; payload: unknown }> {
  // Size first: a huge file is refused before anything reads it.
  if (bytes.length === 0) throw new Refusal(RESPONSE_MESSAGES.empty)
  if (bytes.length > MAX_RESPONSE_BYTES) throw new Refusal(RESPONSE_MESSAGES.tooLarge)
  let raw: unknown
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
  } catch {
    throw new Refusal(RESPONSE_MESSAGES.notResponse)
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || (raw as Record<string, unknown>).format !== RESPONSE_FORMAT) {
    throw new Refusal(RESPONSE_MESSAGES.notResponse)
  }
  const upgraded = upgradeResponseEnvelope(raw as Record<string, unknown>)
  if (!upgraded.ok) throw new Refusal(upgraded.reason === 'newer' ? RESPONSE_MESSAGES.newer : RESPONSE_MESSAGES.damaged)
  const parsed = responseEnvelopeSchema.safeParse(upgraded.envelope)
  if (!parsed.success) throw new Refusal(RESPONSE_MESSAGES.damaged)
  const envelope = parsed.data
  if (envelope.roundId !== options.roundId) throw new Refusal(RESPONSE_MESSAGES.otherRound)
  if (envelope.keyId !== options.keyId) throw new Refusal(RESPONSE_MESSAGES.otherCoach)
  const ciphertext = fromBase64Url(envelope.ciphertext)
  const iv = fromBase64Url(envelope.iv)
  if (!ciphertext || !iv) throw new Refusal(RESPONSE_MESSAGES.changed)
  let plain: ArrayBuffer
  try {
    const ephemeral = await importPublicKey(envelope.ephemeralPublicKey)
    const key = await aesKey(options.privateKey, ephemeral, 'decrypt')
    plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: responseHeader(envelope) }, key, ciphertext)
  } catch {
    throw new Refusal(RESPONSE_MESSAGES.changed)
  }
  let payload: unknown
  try {
    payload = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plain))
  } catch {
    throw new Refusal(RESPONSE_MESSAGES.damaged)
  }
  if (options.parsePayload) {
    const checked = options.parsePayload(payload)
    if (!checked.ok) throw new Refusal(checked.message)
    payload = checked.value
  }
  return { fingerprint: toBase64Url(await sha256(ciphertext)), payload }
}

/**
 * Opens a batch of files, each checked on its own: the good ones are accepted, the others are
 * refused with a whole-sentence reason. Nothing is stored here; `seenFingerprints` is not changed.
 */
export async function openResponseFiles(files: { name: string; bytes: Uint8Array }[], options: OpenOptions): Promise<OpenedResponses> {
  const result: OpenedResponses = { accepted: [], refused: [] }
  const inBatch = new Set<string>()
  for (const file of files) {
    try {
      const opened = await openOne(file.bytes, options)
      // Checked after opening, so a changed copy of a known file is reported as changed.
      if (options.seenFingerprints.has(opened.fingerprint)) throw new Refusal(RESPONSE_MESSAGES.duplicate)
      if (inBatch.has(opened.fingerprint)) throw new Refusal(RESPONSE_MESSAGES.duplicateInBatch)
      inBatch.add(opened.fingerprint)
      result.accepted.push({ name: file.name, ...opened })
    } catch (error) {
      if (!(error instanceof Refusal)) throw error
      result.refused.push({ name: file.name, message: error.message })
    }
  }
  return result
}
