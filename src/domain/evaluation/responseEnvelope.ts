import { z } from '../zod'
import { BASE64URL, base64UrlLength } from './base64url'
import { KEY_ID_LENGTH, PUBLIC_KEY_LENGTH } from './coachKeys'

/** Marks a teacher's response file. Its header is readable; the answers are encrypted. */
export const RESPONSE_FORMAT = 'coach-role-planner-response'
export const RESPONSE_FORMAT_VERSION = 1

/** A whole file, checked before it is even decoded: an answered form is a few kilobytes. */
export const MAX_RESPONSE_BYTES = 256 * 1024
/** What the encrypted answers may take so the file stays under the limit. */
export const MAX_PAYLOAD_BYTES = 160 * 1024
const GCM_TAG_BYTES = 16

const b64 = (min: number, max: number, what: string) =>
  z
    .string()
    .regex(BASE64URL, `The value must be ${what} in base64url.`)
    .min(min, `The value must be ${what}.`)
    .max(max, `The value must be ${what}.`)

export const responseEnvelopeSchema = z.object({
  format: z.literal(RESPONSE_FORMAT),
  formatVersion: z.literal(RESPONSE_FORMAT_VERSION),
  roundId: z.string().min(1).max(64),
  keyId: b64(KEY_ID_LENGTH, KEY_ID_LENGTH, "the coach's key id"),
  // A date only, never a time, so answers cannot be put in order or matched to a person by time.
  createdOn: z.iso.date(),
  ephemeralPublicKey: b64(PUBLIC_KEY_LENGTH, PUBLIC_KEY_LENGTH, 'a P-256 public key'),
  iv: b64(base64UrlLength(12), base64UrlLength(12), 'a 12-byte nonce'),
  ciphertext: b64(base64UrlLength(GCM_TAG_BYTES + 1), base64UrlLength(MAX_PAYLOAD_BYTES + GCM_TAG_BYTES), 'the encrypted answers'),
})

export type ResponseEnvelope = z.infer<typeof responseEnvelopeSchema>

/**
 * Older response formats, in the style of the backup's upgrades: each entry turns version n into
 * version n + 1. Only version 1 exists; a version 2 adds `1: (v1) => v2` here and callers do not
 * change.
 */
const RESPONSE_UPGRADES: Record<number, (envelope: Record<string, unknown>) => Record<string, unknown>> = {}

export type UpgradeResult = { ok: true; envelope: Record<string, unknown> } | { ok: false; reason: 'newer' | 'unknown' }

/** Brings a parsed file up to the current format version, before the schema checks it. */
export function upgradeResponseEnvelope(raw: Record<string, unknown>): UpgradeResult {
  let version = raw.formatVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, reason: 'unknown' }
  if (version > RESPONSE_FORMAT_VERSION) return { ok: false, reason: 'newer' }
  let envelope = raw
  while (version < RESPONSE_FORMAT_VERSION) {
    const step = RESPONSE_UPGRADES[version]
    if (!step) return { ok: false, reason: 'unknown' }
    envelope = step(envelope)
    version += 1
  }
  return { ok: true, envelope }
}

/** The readable header, bound to the ciphertext as additional data: changing any field breaks it. */
export function responseHeader(e: Omit<ResponseEnvelope, 'iv' | 'ciphertext'>): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(JSON.stringify([e.format, e.formatVersion, e.roundId, e.keyId, e.createdOn, e.ephemeralPublicKey]))
}
