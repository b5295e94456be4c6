import { BackupProblem } from './problems'
import { ENCRYPTED_FORMAT, ENCRYPTED_FORMAT_VERSION, PBKDF2_ITERATIONS, type EncryptedBackup } from './envelope'

/**
 * Passphrase protection with the browser's Web Crypto (also `globalThis.crypto` in Node 20):
 * PBKDF2-SHA-256 turns the passphrase and a random salt into an AES-256-GCM key; GCM's tag
 * means a wrong passphrase, or any change to the file, fails to decrypt instead of giving
 * garbage. The readable header (format, app version, export time) is bound to the ciphertext as
 * additional data, so it cannot be altered either.
 */

const encoder = new TextEncoder()
const decoder = new TextDecoder()

export function toBase64(bytes: Uint8Array): string {
  let binary = ''
  const chunk = 0x8000
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk))
  return btoa(binary)
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', encoder.encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey'])
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ])
}

function header(e: Pick<EncryptedBackup, 'format' | 'formatVersion' | 'appVersion' | 'exportedAt'>): Uint8Array<ArrayBuffer> {
  return encoder.encode(JSON.stringify([e.format, e.formatVersion, e.appVersion, e.exportedAt]))
}

export const MIN_PASSPHRASE_LENGTH = 8

export async function encryptBackup(
  plaintext: string,
  passphrase: string,
  meta: { appVersion: string; exportedAt: string },
  iterations = PBKDF2_ITERATIONS,
): Promise<EncryptedBackup> {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) throw new Error(`A passphrase needs at least ${MIN_PASSPHRASE_LENGTH} characters.`)
  const salt = crypto.getRandomValues(new Uint8Array(16))
  const iv = crypto.getRandomValues(new Uint8Array(12))
  const head = { format: ENCRYPTED_FORMAT, formatVersion: ENCRYPTED_FORMAT_VERSION, ...meta } as const
  const key = await deriveKey(passphrase, salt, iterations)
  const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: header(head) }, key, encoder.encode(plaintext))
  return {
    ...head,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
    cipher: { name: 'AES-GCM', iv: toBase64(iv) },
    ciphertext: toBase64(new Uint8Array(sealed)),
  }
}

/** The decrypted text, or a BackupProblem saying the passphrase does not open the file. */
export async function decryptBackup(envelope: EncryptedBackup, passphrase: string): Promise<string> {
  const key = await deriveKey(passphrase, fromBase64(envelope.kdf.salt), envelope.kdf.iterations)
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(envelope.cipher.iv), additionalData: header(envelope) },
      key,
      fromBase64(envelope.ciphertext),
    )
    return decoder.decode(plain)
  } catch {
    throw new BackupProblem(
      'That passphrase does not open this backup. Passphrases are case-sensitive; check it and try again. (If the file was changed after it was saved, no passphrase will open it.)',
      'ciphertext',
      'passphrase',
    )
  }
}
