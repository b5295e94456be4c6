import { createHash } from 'node:crypto'
import { canonicalJson, snapshotOf, type LiveRecords } from '@/domain/agreementSnapshot'
import type { Agreement } from '@/domain/schemas'

/**
 * A signed agreement record as signing makes it, for tests that write one directly: status
 * signed plus its snapshot and fingerprint (Node's SHA-256 gives the digest Web Crypto does, so
 * this stays synchronous for seeds that build records in memory).
 */
export function sealedForTest<A extends Omit<Agreement, 'createdAt' | 'updatedAt'>>(
  agreement: A,
  live: LiveRecords,
  patch: Partial<Agreement> = {},
): A {
  const signed = { ...agreement, status: 'signed' as const, ...patch }
  const snapshot = snapshotOf(signed, live)
  return { ...signed, snapshot, fingerprint: createHash('sha256').update(canonicalJson(snapshot)).digest('hex') }
}
