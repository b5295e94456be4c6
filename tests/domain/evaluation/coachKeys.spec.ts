import { describe, expect, it } from 'vitest'
import {
  exportPublicKey,
  generateCoachKeyPair,
  importPublicKey,
  keyIdOf,
  toNonExtractable,
  unwrapPrivateKey,
  wrapPrivateKey,
} from '@/domain/evaluation/coachKeys'

const FAST = 2_000 // iterations for tests; the app uses 600,000

describe('coach keys', () => {
  it('exports and imports the public key as compact text with a stable key id', async () => {
    const pair = await generateCoachKeyPair()
    const text = await exportPublicKey(pair.publicKey)
    expect(text).toMatch(/^[A-Za-z0-9_-]{87}$/)
    const back = await importPublicKey(text)
    expect(await exportPublicKey(back)).toBe(text)
    const id = await keyIdOf(text)
    expect(id).toHaveLength(16)
    expect(await keyIdOf(pair.publicKey)).toBe(id)
  })

  it('refuses a malformed public key with a clear message', async () => {
    const text = await exportPublicKey((await generateCoachKeyPair()).publicKey)
    await expect(importPublicKey(text.slice(0, 80))).rejects.toThrow(/This coach key is not valid/)
    await expect(importPublicKey('not a key')).rejects.toThrow(/This coach key is not valid/)
    await expect(importPublicKey('A' + text.slice(1))).rejects.toThrow(/This coach key is not valid/)
    await expect(importPublicKey(text.slice(0, 60) + 'AAAAAAAAAAAAAAAAAAAAAAAAAAA')).rejects.toThrow(/This coach key is not valid/)
  })

  it('wraps and unwraps the private key with a passphrase', async () => {
    const pair = await generateCoachKeyPair()
    const wrapped = await wrapPrivateKey(pair, 'correct horse battery', FAST)
    expect(JSON.stringify(wrapped)).not.toContain('"d"')
    const key = await unwrapPrivateKey(wrapped, 'correct horse battery')
    expect(key.extractable).toBe(false)
    expect(key.algorithm.name).toBe('ECDH')
  })

  it('gives a clear message for a wrong passphrase or a swapped public key', async () => {
    const pair = await generateCoachKeyPair()
    const wrapped = await wrapPrivateKey(pair, 'correct horse battery', FAST)
    await expect(unwrapPrivateKey(wrapped, 'Correct horse battery')).rejects.toThrow(/That passphrase does not open the coach key/)
    const other = await exportPublicKey((await generateCoachKeyPair()).publicKey)
    await expect(unwrapPrivateKey({ ...wrapped, publicKey: other }, 'correct horse battery')).rejects.toThrow(/does not open/)
  })

  it('makes a non-extractable copy for storage', async () => {
    const pair = await generateCoachKeyPair()
    const locked = await toNonExtractable(pair.privateKey)
    expect(locked.extractable).toBe(false)
    await expect(crypto.subtle.exportKey('pkcs8', locked)).rejects.toThrow()
  })
})
