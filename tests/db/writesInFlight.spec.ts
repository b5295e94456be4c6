import { describe, expect, it } from 'vitest'
import Dexie, { type Table } from 'dexie'
import { trackWrites, whenWritesSettled, writesInFlight } from '@/db/writesInFlight'
import { settleSaves } from '@/db/pendingSaves'

class NotesDb extends Dexie {
  notes!: Table<{ id: string; text: string }, string>
  other!: Table<{ id: string }, string>
  constructor(name: string) {
    super(name)
    this.version(1).stores({ notes: 'id', other: 'id' })
    trackWrites(this)
  }
}

describe('writesInFlight', () => {
  it('counts a write transaction until it completes, and reads not at all', async () => {
    const db = new NotesDb(`writes-${Math.random()}`)
    await db.open()
    expect(writesInFlight()).toBe(0)
    let release!: () => void
    const held = new Promise<void>((resolve) => {
      release = resolve
    })
    const write = db.transaction('rw', db.notes, async () => {
      await db.notes.put({ id: 'a', text: 'typed' })
      await Dexie.waitFor(held)
    })
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(writesInFlight()).toBe(1)
    let settled = false
    void whenWritesSettled().then(() => {
      settled = true
    })
    // (A read of another table: one of the same table would wait for the write, as IndexedDB does.)
    await db.other.toArray()
    expect(writesInFlight(), 'a read is not a write').toBe(1)
    expect(settled).toBe(false)
    release()
    await write
    await whenWritesSettled()
    expect(settled).toBe(true)
    expect(writesInFlight()).toBe(0)
    db.close()
  })

  it('counts a failed write as ended too', async () => {
    const db = new NotesDb(`writes-${Math.random()}`)
    await db.open()
    await expect(
      db.transaction('rw', db.notes, async () => {
        await db.notes.add({ id: 'a', text: 'one' })
        await db.notes.add({ id: 'a', text: 'same key' })
      }),
    ).rejects.toThrow()
    await whenWritesSettled()
    expect(writesInFlight()).toBe(0)
    db.close()
  })

  it('settleSaves waits for a write started just after it was called', async () => {
    const db = new NotesDb(`writes-${Math.random()}`)
    await db.open()
    let stored = false
    const settling = settleSaves(50)
    // As a blur handler does when the click on "Update now" moves focus.
    setTimeout(() => {
      void db.notes.put({ id: 'late', text: 'blurred' }).then(() => {
        stored = true
      })
    }, 10)
    await settling
    expect(stored).toBe(true)
    db.close()
  })
})
