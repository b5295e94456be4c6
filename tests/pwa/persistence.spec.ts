import { describe, expect, it, vi } from 'vitest'
import { isInstalled, persistWhenInstalled, readPersistence, requestPersistence, type PersistenceEnv } from '@/pwa/persistence'

function env(
  options: { persisted?: boolean | Error; grant?: boolean | Error; displayMode?: string; standalone?: boolean; noStorage?: boolean } = {},
) {
  const answer = (v: boolean | Error | undefined) =>
    vi.fn(async () => {
      if (v instanceof Error) throw v
      return v ?? false
    })
  const persist = answer(options.grant)
  const e: PersistenceEnv = {
    storage: options.noStorage ? undefined : { persisted: answer(options.persisted), persist },
    matchMedia: (q) => ({ matches: options.displayMode !== undefined && q === `(display-mode: ${options.displayMode})` }),
    standalone: options.standalone,
  }
  return { env: e, persist }
}

describe('persistent storage', () => {
  it('asks for it when the app runs installed and not yet granted', async () => {
    const { env: e, persist } = env({ persisted: false, grant: true, displayMode: 'standalone' })
    expect(await persistWhenInstalled(e)).toBe('persisted')
    expect(persist).toHaveBeenCalledTimes(1)
  })

  it('in a browser tab only reads the answer, and never asks', async () => {
    const { env: e, persist } = env({ persisted: false, grant: true, displayMode: 'browser' })
    expect(await persistWhenInstalled(e)).toBe('best-effort')
    expect(persist).not.toHaveBeenCalled()
  })

  it('does not ask again once granted', async () => {
    const { env: e, persist } = env({ persisted: true, displayMode: 'standalone' })
    expect(await persistWhenInstalled(e)).toBe('persisted')
    expect(persist).not.toHaveBeenCalled()
  })

  it('counts iOS home-screen apps (navigator.standalone) as installed', async () => {
    expect(isInstalled(env({ standalone: true }).env)).toBe(true)
    expect(isInstalled(env({ displayMode: 'minimal-ui' }).env)).toBe(true)
    expect(isInstalled(env({ displayMode: 'browser' }).env)).toBe(false)
    expect(isInstalled({})).toBe(false)
    expect(
      isInstalled({
        matchMedia: () => {
          throw new Error('no media queries')
        },
      }),
    ).toBe(false)
  })

  it('never throws: a refusal, an error or a missing API each give a state', async () => {
    expect(await persistWhenInstalled(env({ persisted: false, grant: false, displayMode: 'standalone' }).env)).toBe('best-effort')
    expect(await persistWhenInstalled(env({ persisted: false, grant: new Error('denied'), displayMode: 'standalone' }).env)).toBe(
      'best-effort',
    )
    expect(await readPersistence(env({ persisted: new Error('broken') }).env)).toBe('best-effort')
    expect(await persistWhenInstalled(env({ noStorage: true, displayMode: 'standalone' }).env)).toBe('unsupported')
    expect(await requestPersistence({ storage: { persisted: async () => false } })).toBe('unsupported')
  })
})
