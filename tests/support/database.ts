import { db } from '@/db/database'

/** A fresh, empty, open database: the one reset every test uses. */
export async function resetDatabase(): Promise<void> {
  await db.delete()
  await db.open()
}
