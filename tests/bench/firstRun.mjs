/** The benchmarks' first run: the setup form filled as a new coach would, ending on the meeting. */
export async function fillSetup(page) {
  await page.getByLabel('Your name (the coach)').fill('Renée Okafor')
  await page.getByLabel('School name').fill('Lincoln Elementary')
  await page.getByLabel('Principal’s name').fill('José Martínez')
  await page.getByLabel('First day').fill('2026-08-17')
  await page.getByLabel('Last day').fill('2027-06-11')
  await page.getByRole('button', { name: 'Save and start' }).click()
  // The introduction follows setup; its first button leads on to the meeting.
  await page.getByRole('button', { name: 'Start the meeting' }).click()
  await page.waitForURL('**/meeting')
  await page.getByRole('heading', { level: 1 }).waitFor()
}
