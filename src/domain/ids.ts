/** Record ids are random UUIDs so records from two devices can be merged by id. */
export function newId(): string {
  return crypto.randomUUID()
}
