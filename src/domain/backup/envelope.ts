import { z } from '../zod'

/** Marks a passphrase-protected backup. Its header is readable; everything else is encrypted. */
export const ENCRYPTED_FORMAT = 'coach-role-planner-backup-encrypted'
export const ENCRYPTED_FORMAT_VERSION = 1

/** OWASP's 2023 guidance for PBKDF2-HMAC-SHA256. */
export const PBKDF2_ITERATIONS = 600_000
/** Bounds for files we read: a tiny count is too weak, a huge one would freeze the page. */
const MIN_ITERATIONS = 1_000
const MAX_ITERATIONS = 5_000_000

const base64 = (bytes: number | null, what: string) => {
  const s = z.string(`The value must be ${what} in base64.`).regex(/^[A-Za-z0-9+/]*={0,2}$/, `The value must be ${what} in base64.`)
  return bytes === null
    ? s.min(4, `The value must be ${what} in base64.`)
    : s.length(Math.ceil(bytes / 3) * 4, `The value must be ${what} (${bytes} bytes, base64).`)
}

export const encryptedBackupSchema = z.object({
  format: z.literal(ENCRYPTED_FORMAT),
  formatVersion: z.literal(
    ENCRYPTED_FORMAT_VERSION,
    `The protected format version must be ${ENCRYPTED_FORMAT_VERSION} (this version of the app reads no other protected format).`,
  ),
  appVersion: z.string().max(40),
  exportedAt: z.iso.datetime({ offset: true }),
  kdf: z.object({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    iterations: z.number().int().min(MIN_ITERATIONS).max(MAX_ITERATIONS),
    salt: base64(16, 'a 16-byte salt'),
  }),
  cipher: z.object({ name: z.literal('AES-GCM'), iv: base64(12, 'a 12-byte nonce') }),
  ciphertext: base64(null, 'the encrypted backup'),
})

export type EncryptedBackup = z.infer<typeof encryptedBackupSchema>
