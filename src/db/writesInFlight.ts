import type Dexie from 'dexie'

/**
 * Counts the database's write transactions still running, so a reload (an app update) can wait
 * for every save to land first: a transaction cut off by unloading the page is rolled back.
 * Dexie middleware sees every transaction the app opens, whichever module opens it.
 */
let running = 0
const waiters = new Set<() => void>()

function settle() {
  running -= 1
  if (running === 0) for (const wake of [...waiters]) wake()
}

/** Installs the counter; call before the database opens (Dexie builds its stack on open). */
export function trackWrites(database: Dexie): void {
  database.use({
    stack: 'dbcore',
    name: 'writesInFlight',
    create: (down) => ({
      ...down,
      transaction(stores, mode, options) {
        const tx = down.transaction(stores, mode, options)
        const events = tx as unknown as Partial<EventTarget>
        if (mode === 'readwrite' && typeof events.addEventListener === 'function') {
          running += 1
          let done = false
          const end = () => {
            if (!done) {
              done = true
              settle()
            }
          }
          // Every transaction ends with exactly one of these, whatever its requests did.
          for (const type of ['complete', 'abort']) events.addEventListener(type, end)
        }
        return tx
      },
    }),
  })
}

export function writesInFlight(): number {
  return running
}

/** Resolves once no write transaction is running (at once when none is). */
export function whenWritesSettled(): Promise<void> {
  if (running === 0) return Promise.resolve()
  return new Promise((resolve) => {
    const wake = () => {
      waiters.delete(wake)
      resolve()
    }
    waiters.add(wake)
  })
}
