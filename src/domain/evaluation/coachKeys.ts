import { z } from '../zod'
import { PBKDF2_ITERATIONS } from '../backup/envelope'
import { BASE64URL, base64UrlLength, fromBase64Url, sha256, toBase64Url } from './base64url'

/**
 * The coach's key pair for response files (ECDH P-256). Teachers encrypt to the public key; only
 * the coach's device can open the files.
 *
 * Where the private key lives: never as clear JWK or PKCS#8 text. It is stored either wrapped
 * (`wrapPrivateKey`, PBKDF2 + AES-GCM, the same protection as a passphrase backup, so it can go
 * into the backup) or as a non-extractable CryptoKey (`toNonExtractable`), which IndexedDB can
 * hold but no script can read back out. Only a freshly generated or unwrapped key is extractable,
 * and only so it can be wrapped.
 */

const encoder = new TextEncoder()
const EC = { name: 'ECDH', namedCurve: 'P-256' } as const
/** An uncompressed P-256 point: 0x04, then x and y of 32 bytes each. */
const RAW_PUBLIC_BYTES = 65
export const PUBLIC_KEY_LENGTH = base64UrlLength(RAW_PUBLIC_BYTES)
const KEY_ID_BYTES = 12
export const KEY_ID_LENGTH = base64UrlLength(KEY_ID_BYTES)

export const WRAPPED_KEY_FORMAT = 'coach-role-planner-coach-key'
export const WRAPPED_KEY_FORMAT_VERSION = 1

const MALFORMED_KEY = 'This coach key is not valid: it may have been cut short or changed. Ask the coach for a new invitation link.'

export async function generateCoachKeyPair(): Promise<CryptoKeyPair> {
  // Extractable so it can be wrapped for storage and backup; see the note above.
  return crypto.subtle.generateKey(EC, true, ['deriveBits'])
}

/** The public key as compact base64url of its raw (uncompressed) point: 87 characters. */
export async function exportPublicKey(publicKey: CryptoKey): Promise<string> {
  return toBase64Url(new Uint8Array(await crypto.subtle.exportKey('raw', publicKey)))
}

/** A public key from its text, or an Error with a clear message when the text is not one. */
export async function importPublicKey(text: string): Promise<CryptoKey> {
  const trimmed = text.trim()
  const bytes = trimmed.length === PUBLIC_KEY_LENGTH ? fromBase64Url(trimmed) : null
  if (!bytes || bytes.length !== RAW_PUBLIC_BYTES || bytes[0] !== 0x04) throw new Error(MALFORMED_KEY)
  try {
    // Web Crypto checks that the point is on the curve.
    return await crypto.subtle.importKey('raw', bytes, EC, true, [])
  } catch {
    throw new Error(MALFORMED_KEY)
  }
}

/** A short stable name for a public key (first 12 bytes of its SHA-256): 16 characters. */
export async function keyIdOf(publicKey: CryptoKey | string): Promise<string> {
  const key = typeof publicKey === 'string' ? await importPublicKey(publicKey) : publicKey
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', key))
  return toBase64Url((await sha256(raw)).subarray(0, KEY_ID_BYTES))
}

/** The same private key, no longer readable by any script (for IndexedDB). */
export async function toNonExtractable(privateKey: CryptoKey): Promise<CryptoKey> {
  if (!privateKey.extractable) return privateKey
  const pkcs8 = await crypto.subtle.exportKey('pkcs8', privateKey)
  return crypto.subtle.importKey('pkcs8', pkcs8, EC, false, ['deriveBits'])
}

const b64 = (length: number | null, what: string) => {
  const s = z.string().regex(BASE64URL, `The value must be ${what} in base64url.`)
  return length === null ? s.min(16).max(1024) : s.length(length, `The value must be ${what}.`)
}

export const wrappedPrivateKeySchema = z.object({
  format: z.literal(WRAPPED_KEY_FORMAT),
  formatVersion: z.literal(WRAPPED_KEY_FORMAT_VERSION),
  publicKey: b64(PUBLIC_KEY_LENGTH, "the coach's public key"),
  kdf: z.object({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    iterations: z.number().int().min(1_000).max(5_000_000),
    salt: b64(base64UrlLength(16), 'a 16-byte salt'),
  }),
  iv: b64(base64UrlLength(12), 'a 12-byte nonce'),
  wrapped: b64(null, 'the wrapped private key'),
})

export type WrappedPrivateKey = z.infer<typeof wrappedPrivateKeySchema>

async function passphraseKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', encoder.encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey'])
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, false, [
    'wrapKey',
    'unwrapKey',
  ])
}

/** The readable fields, bound as additional data so the public key cannot be swapped. */
function header(w: Pick<WrappedPrivateKey, 'format' | 'formatVersion' | 'publicKey'>): Uint8Array<ArrayBuffer> {
  return encoder.encode(JSON.stringify([w.format, w.formatVersion, w.publicKey]))
}

export async function wrapPrivateKey(
  keyPair: CryptoKeyPair,
  passphrase: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<WrappedPrivateKey> {
  if (!passphrase) throw new Error('A passphrase is needed to protect the coach key.')
  const salt = crypto.getRandomValues(new Uint8Array(16))
  const iv = crypto.getRandomValues(new Uint8Array(12))
  const head = {
    format: WRAPPED_KEY_FORMAT,
    formatVersion: WRAPPED_KEY_FORMAT_VERSION,
    publicKey: await exportPublicKey(keyPair.publicKey),
  } as const
  const key = await passphraseKey(passphrase, salt, iterations)
  const wrapped = await crypto.subtle.wrapKey('pkcs8', keyPair.privateKey, key, { name: 'AES-GCM', iv, additionalData: header(head) })
  return {
    ...head,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64Url(salt) },
    iv: toBase64Url(iv),
    wrapped: toBase64Url(new Uint8Array(wrapped)),
  }
}

/**
 * The private key (non-extractable unless asked, so it can go straight into IndexedDB), or an
 * Error saying the passphrase does not open it.
 */
export async function unwrapPrivateKey(wrapped: WrappedPrivateKey, passphrase: string, extractable = false): Promise<CryptoKey> {
  const parsed = wrappedPrivateKeySchema.safeParse(wrapped)
  if (!parsed.success) throw new Error('The saved coach key is damaged and cannot be opened.')
  const w = parsed.data
  const key = await passphraseKey(passphrase, fromBase64Url(w.kdf.salt)!, w.kdf.iterations)
  try {
    return await crypto.subtle.unwrapKey(
      'pkcs8',
      fromBase64Url(w.wrapped)!,
      key,
      { name: 'AES-GCM', iv: fromBase64Url(w.iv)!, additionalData: header(w) },
      EC,
      extractable,
      ['deriveBits'],
    )
  } catch {
    throw new Error('That passphrase does not open the coach key. Passphrases are case-sensitive; check it and try again.')
  }
}
