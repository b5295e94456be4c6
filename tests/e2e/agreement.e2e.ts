import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { completeFirstRun, expectNoAxeViolations, openSession, type Session } from './support/browser'
import { changeDraftDecision, openDraftAgreementPage, seedMeetingDecisions, willCount } from './support/agreementSeed'

const PDF_CODE = /exportAgreementPdf|jspdf|pdfkit|dejavu/i
/** Generous waits: the machine running the journeys may be busy; a real failure still fails. */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 10_000 })

describe('the role agreement: sections, sign-off, PDF, revisions', () => {
  let s: Session
  let dir: string
  beforeEach(async () => {
    s = await openSession({ acceptDownloads: true })
    dir = await mkdtemp(join(tmpdir(), 'crp-agreement-'))
  })
  afterEach(async () => {
    await s.close()
    await rm(dir, { recursive: true, force: true })
  })

  it('fills the sections, refuses a bad signature, signs, exports a real PDF, revises and compares', async () => {
    const { page } = s
    const pdfRequests: string[] = []
    page.on('request', (r) => {
      if (PDF_CODE.test(r.url())) pdfRequests.push(r.url())
    })

    await completeFirstRun(page)
    await openDraftAgreementPage(page, () => expectNoAxeViolations(page, 'agreement, empty'))
    await seedMeetingDecisions(page)
    await page.getByRole('cell', { name: 'Lunch and bus duty' }).waitFor()

    // Fill sections: they save themselves.
    await page.getByLabel('How often').fill('Weekly meetings; a cycle runs about eight weeks.')
    // Nothing is pre-agreed: every principle starts undecided and no policy is chosen.
    expect(await page.locator('#principles input[type="radio"]:checked').count()).toBe(0)
    expect(await page.locator('input[name="confidentiality-policy"]:checked').count()).toBe(0)
    await page.getByLabel('Note on praxis (optional)').fill('We will come back to this in January.')
    await page.getByLabel('Add your own commitment').fill('Cover the coach’s lunch duty on Fridays')
    await page.getByRole('button', { name: 'Add', exact: true }).click()
    await page.getByLabel('Who coaches the coach').fill('Zoë Lindqvist, district coaching lead')
    for (const id of ['understanding', 'principles', 'support', 'learning']) {
      await poll(() => page.getByTestId(`save-state-${id}`).textContent()).toContain('Saved')
    }
    await expectNoAxeViolations(page, 'agreement, draft')
    await page.screenshot({ path: '/tmp/agreement-draft-1280.png', fullPage: true })
    await page.setViewportSize({ width: 768, height: 1024 })
    await page.screenshot({ path: '/tmp/agreement-draft-768.png', fullPage: true })
    await page.setViewportSize({ width: 1280, height: 860 })

    // Printing a draft shows the agreement as a document, not the form, and no controls.
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('#understanding-frequency').isVisible()).toBe(false)
    expect(await page.getByRole('button', { name: 'Download PDF' }).isVisible()).toBe(false)
    expect(await page.locator('.agreement-document').isVisible()).toBe(true)
    expect(await page.locator('.agreement-document').textContent()).toContain('Weekly meetings; a cycle runs about eight weeks.')
    await page.pdf({ path: '/tmp/agreement-print.pdf', format: 'Letter' })
    await page.emulateMedia({ media: 'screen' })

    // Refused: an empty principal name, an open task not explicitly left open, undecided principles and no policy.
    await page.getByLabel('Coach types their name').fill('Renée Okafor')
    await page.getByRole('button', { name: 'Sign version 1' }).click()
    await poll(() => page.locator('#sign-principal-error').textContent()).toContain('The principal must type their name to sign.')
    await poll(() => page.locator('#sign-open-error').textContent()).toContain('1 task is still undecided')
    const refusal = await page.locator('#sign-problems').textContent()
    expect(refusal).toContain('Not signed yet')
    expect(refusal).toContain('Mark each partnership principle agreed or not agreed before signing')
    expect(refusal).toContain('Choose a confidentiality policy before signing')
    expect(await page.locator('#principles-sign-error').textContent()).toContain('Still undecided: Equality')
    expect(await page.locator('#confidentiality-policy-error').textContent()).toContain('Choose a confidentiality policy')
    expect(await page.getByTestId('agreement-status').textContent()).toContain('Draft')
    await expectNoAxeViolations(page, 'agreement, sign refused')

    // The two decide: praxis not agreed, every other principle agreed, and their own policy.
    for (const p of ['Equality', 'Choice', 'Voice', 'Dialogue', 'Reflection', 'Praxis', 'Reciprocity']) {
      await page
        .getByRole('group', { name: new RegExp(`^${p} \\(`) })
        .getByRole('radio', { name: p === 'Praxis' ? 'Not agreed' : 'Agreed', exact: true })
        .check()
    }
    await page.getByRole('radio', { name: /Our own policy/ }).check()
    await page
      .getByLabel('Your policy, in plain words')
      .fill('Nothing a teacher says in coaching reaches the principal — unless the teacher says so.')
    for (const id of ['principles', 'confidentiality'])
      await poll(() => page.getByTestId(`save-state-${id}`).textContent()).toContain('Saved')
    await page.getByLabel('Principal types their name').fill('José Martínez')
    await page.getByRole('checkbox', { name: /We agree to sign with 1 task still open/ }).check()
    await page.getByRole('button', { name: 'Sign version 1' }).click()
    await poll(() => page.getByTestId('agreement-status').textContent()).toContain('Signed')

    // Read-only after a reload: no editors, no sign-off form.
    await page.reload()
    await poll(() => page.getByTestId('agreement-status').textContent()).toContain('Signed')
    expect(await page.locator('main').textContent()).toContain('Signed on')
    expect(await page.locator('textarea, input[type="text"], input[type="checkbox"], input[type="radio"]').count()).toBe(0)
    expect(await page.getByRole('button', { name: /Sign version/ }).count()).toBe(0)
    expect(await page.locator('main').textContent()).toContain('Nothing a teacher says in coaching reaches the principal')
    await expectNoAxeViolations(page, 'agreement, signed')
    await page.screenshot({ path: '/tmp/agreement-signed-1280.png', fullPage: true })

    // The PDF code and font load only when someone exports.
    expect(pdfRequests).toEqual([])
    const exportFiles: string[] = []
    const onExportRequest = (r: { url(): string }) => {
      exportFiles.push(new URL(r.url()).pathname)
    }
    page.on('request', onExportRequest)
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PDF' }).click()])
    page.off('request', onExportRequest)
    expect(download.suggestedFilename()).toBe('lincoln-elementary-2026-27-role-agreement-v1.pdf')
    // The confirmation belongs to this page and fades by itself, so it is read while shown (pointed at, it
    // waits): it is not printed, and it is gone once the coach moves on.
    const status = page.locator('.status-region')
    await poll(() => status.textContent()).toContain('Downloaded lincoln-elementary-2026-27-role-agreement-v1.pdf')
    await status.hover()
    await page.emulateMedia({ media: 'print' })
    expect(await status.isVisible()).toBe(false)
    await page.emulateMedia({ media: 'screen' })
    expect(await status.textContent()).toContain('Downloaded lincoln-elementary-2026-27-role-agreement-v1.pdf')
    await page.getByRole('link', { name: 'Settings' }).click()
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor()
    await poll(() => status.textContent()).toBe('')
    await page.goBack()
    await page.getByRole('button', { name: 'Revise' }).waitFor()
    expect(await status.textContent()).toBe('')
    // The first export fetches at most 400 KB: the PDF code gzipped (as any static host serves it) and the font subsets (already compressed).
    const exportBytes = exportFiles.map((path) => {
      const bytes = readFileSync(new URL(`../../dist${path}`, import.meta.url))
      return path.endsWith('.js') ? gzipSync(bytes).length : bytes.length
    })
    expect(exportFiles.filter((path) => path.endsWith('.woff'))).toHaveLength(2)
    expect(exportBytes.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(400_000)
    const file = join(dir, download.suggestedFilename())
    await download.saveAs(file)
    const bytes = await readFile(file)
    if (process.env.REPORT_SIZES)
      console.info(`first export: ${exportFiles.length} files, ${exportBytes.reduce((a, b) => a + b, 0)} bytes; PDF ${bytes.length} bytes`)
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    if (process.env.SCREENSHOT_DIR)
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '70',
        '-f',
        '1',
        '-l',
        '1',
        '-singlefile',
        file,
        `${process.env.SCREENSHOT_DIR}/agreement-page-1`,
      ])
    for (const expected of [
      'Coaching role agreement',
      'Version 1',
      'Renée Okafor',
      'José Martínez',
      'Zoë Lindqvist',
      '1. Understanding coaching',
      '2. Partnership principles',
      '3. Role and time',
      '4. How the principal supports coaching',
      '5. The coach’s professional learning',
      '6. Confidentiality',
      '7. Evaluation',
      'Impact cycles with teachers',
      'Leading PLCs',
      'Cover the coach’s lunch duty on Fridays',
      'reaches the principal — unless',
      'Tasks left open (1)',
      'Page 1 of',
      'New requests during the year',
      'Classroom video',
      'Not agreed',
      'Never ask the coach for evaluative information',
    ]) {
      expect(text).toContain(expected)
    }
    expect(text).not.toContain('DRAFT')
    // Made in the browser by PDFKit: tagged, with the summary on page one.
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Tagged:\s+yes/)
    expect(text).toContain('31 tasks the coach will do')
    execFileSync('cp', [file, '/tmp/agreement-e2e.pdf'])
    expect(pdfRequests.some((u) => u.includes('dejavu-sans'))).toBe(true)
    // Accented names still draw from the subset fonts (checked above by text extraction); the file's own weight is reported in the README.

    // Revise: version 2 starts as a draft with the same content.
    await page.getByRole('button', { name: 'Revise' }).click()
    await poll(() => page.getByTestId('agreement-status').textContent()).toContain('Draft')
    await poll(() => page.url()).toContain('version=2')
    expect(await page.getByLabel('Who coaches the coach').inputValue()).toBe('Zoë Lindqvist, district coaching lead')
    await page.getByRole('radio', { name: /shares what they work on and with whom/ }).check()
    await page.getByLabel('How often').fill('Every two weeks.')
    await poll(() => page.getByTestId('save-state-confidentiality').textContent()).toContain('Saved')
    await poll(() => page.getByTestId('save-state-understanding').textContent()).toContain('Saved')

    // The meeting changes one decision in the new draft.
    const willBefore = await willCount(page)
    await changeDraftDecision(page, 'Lunch and bus duty', { choice: 'will', weeklyHours: 1, insteadBy: '' })
    await poll(() => willCount(page)).toBe(willBefore + 1)

    // Compare version 1 with version 2.
    await page.getByRole('button', { name: 'Compare versions' }).click()
    const compare = page.getByRole('region', { name: 'Compare versions' })
    await compare.getByRole('heading', { name: 'Confidentiality policy' }).waitFor()
    const compared = await compare.textContent()
    expect(compared).toContain('What changed going from version 1 to version 2')
    expect(compared).toContain('Every two weeks.')
    expect(compared).toContain('Task decisions (1)')
    await compare.getByRole('cell', { name: 'Lunch and bus duty (Other duties)' }).waitFor()
    expect(compared).toContain('Won’t do, instead: Rotating staff schedule')
    expect(compared).toContain('Will do, 1 h/week')
    expect(compared).toContain('The coach shares what they work on and with whom, but nothing evaluative')
    await expectNoAxeViolations(page, 'agreement, compare')
    await page.screenshot({ path: '/tmp/agreement-compare-1280.png', fullPage: true })

    // The signed version 1 still reads as it was signed.
    await page.getByRole('button', { name: 'Open version 1' }).click()
    await poll(() => page.getByTestId('agreement-status').textContent()).toContain('Signed')
    expect(await page.locator('.agreement-main').textContent()).toContain('Weekly meetings; a cycle runs about eight weeks.')
    expect(s.foreignRequests).toEqual([])
  })

  it('exports a draft under the app’s content security policy with a clear DRAFT mark', async () => {
    const { page } = s
    const violations: string[] = []
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text())
    })
    await completeFirstRun(page, { principalName: 'Zoë Brontë' })
    // Both PDFs follow the paper size chosen in Settings.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click()
    await page.getByRole('radio', { name: /A4/ }).check()
    await poll(() => page.locator('.status-region').textContent()).toContain('PDFs will be made on A4 paper.')
    await expectNoAxeViolations(page, 'settings with the paper choice')
    await openDraftAgreementPage(page)
    await seedMeetingDecisions(page)
    await page.getByRole('heading', { name: /The coach will do/ }).waitFor()
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PDF' }).click()])
    expect(download.suggestedFilename()).toBe('lincoln-elementary-2026-27-role-agreement-v1-draft.pdf')
    const file = join(dir, 'draft.pdf')
    await download.saveAs(file)
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/)
    expect(text).toContain('DRAFT — not signed')
    expect(text).toContain('Zoë Brontë')
    expect(violations).toEqual([])
    expect(s.foreignRequests).toEqual([])
  })

  it('says which characters the PDF font cannot draw before the download, then shows them as a visible mark', async () => {
    const { page } = s
    const errors: string[] = []
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text())
    })
    await completeFirstRun(page)
    await openDraftAgreementPage(page)
    await page.getByLabel('Who coaches the coach').fill('Zoë Lindqvist 📚')
    const downloads: string[] = []
    page.on('download', (d) => downloads.push(d.suggestedFilename()))
    await page.getByRole('button', { name: 'Download PDF' }).click()
    const notice = page.getByTestId('replaced-characters')
    await poll(() => notice.textContent()).toContain('The PDF font cannot draw 📚, so it shows as \uFFFD in the file.')
    // Nothing is downloaded until the user has read that.
    expect(downloads).toEqual([])
    await expectNoAxeViolations(page)
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download anyway' }).click()])
    const file = join(dir, 'marked.pdf')
    await download.saveAs(file)
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })
    expect(text).toContain('Zoë Lindqvist \uFFFD')
    expect(await notice.count()).toBe(0)
    expect(errors).toEqual([])
  })
})
