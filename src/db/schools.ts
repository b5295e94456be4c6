import { schoolSchema, type School } from '@/domain/schemas'
import { validate } from '@/domain/validation'
import { db } from './database'

/**
 * Renames a school or changes its principal. Reads the stored school inside the write, so rows
 * another tab added to its timesheet meanwhile are kept. Signed agreements keep the names in
 * their snapshot; everything else reads the new ones. (Its own module: the setup screen loads
 * the repository, and this is not needed there.)
 */
export async function updateSchoolNames(id: string, names: { name: string; principalName: string }): Promise<School> {
  return db.transaction('rw', db.schools, async () => {
    const school = await db.schools.get(id)
    if (!school) throw new Error('This school is no longer on this device.')
    const next = validate(schoolSchema, 'school', {
      ...school,
      name: names.name,
      principalName: names.principalName,
      updatedAt: Date.now(),
    })
    await db.schools.put(next)
    return next
  })
}
