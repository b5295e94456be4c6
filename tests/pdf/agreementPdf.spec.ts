// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { agreementPdfFileName, renderAgreementPdf, type AgreementPdfInput } from '@/pdf/agreementPdf'
import { agreementDocument } from '@/pdf/agreementDocument'
import { defaultSections } from '@/domain/agreementSections'
import { fingerprintOf, snapshotOf } from '@/domain/agreementSnapshot'
import type { Agreement, Decision, School, Task } from '@/domain/schemas'
import type { PaperSize } from '@/pdf/document/model'
import { agreement, decision, decisions, school, schoolYear, task, tasks } from '../fixtures/agreement'
import { readPdf, structNodes, testFonts } from '../support/pdfDocument'
import {
  overlappingWords,
  pdfFile,
  pdfFonts,
  pdfInfo,
  qpdfCheck,
  structOutline,
  structText,
  structWarnings,
  uncompressed,
  wordBoxes,
} from '../support/poppler'

/** The PDF's input as the app builds it: the version's snapshot and, once signed, its fingerprint. */
function input(
  a: Agreement,
  d: readonly Decision[] = decisions,
  options: { school?: School; tasks?: readonly Task[]; fingerprint?: string } = {},
): AgreementPdfInput {
  return {
    snapshot: snapshotOf(a, { decisions: d, tasks: options.tasks ?? tasks, school: options.school ?? school, schoolYear }),
    fingerprint: options.fingerprint ?? null,
  }
}

async function pdfText(input: AgreementPdfInput, paper?: PaperSize) {
  const { bytes, replaced } = await renderAgreementPdf(input, testFonts, paper)
  const { pages, trees } = await readPdf(bytes)
  return { pages, trees, bytes, replaced, path: pdfFile(bytes) }
}

const sections = defaultSections()
sections.confidentiality = { policy: 'own', ownWording: 'Nothing about a teacher’s practice is shared — ever.' }
sections.support.commitments.push({ id: 'own-1', text: 'Cover the coach’s lunch duty on Fridays', checked: true, custom: true })
sections.principles.praxis = { agreed: false, note: 'Revisit in January' }

const signedAt = Date.UTC(2026, 8, 15, 15)
const signedAgreement = agreement({
  version: 3,
  status: 'signed',
  sections,
  signedAt,
  basedOnId: 'a-0',
  signatures: { coach: { name: 'Renée Okafor', signedAt }, principal: { name: 'José Martínez', signedAt } },
})
const renamed = { ...school, name: 'Escuela Año Nuevo' }
const signed = input(signedAgreement, decisions, { school: renamed, fingerprint: '3f9a21c477b05e12'.padEnd(64, '0') })

const draftDecisions = [...decisions.slice(0, 3), decision('a-1', 't-testing', 'discuss', { note: 'Ask the district' })]
const draft = input(agreement({ version: 2 }), draftDecisions)

// The longest names the forms accept: 120 characters each.
const long = (start: string) =>
  `${start} ${'Northwest Regional Consolidated Community '.repeat(4)}`.slice(0, 119).trimEnd().padEnd(120, 'x')
const longNames = input(
  agreement({ version: 2, meeting: { coachName: long('Renée Okafor'), principalName: long('José Martínez'), date: '2026-09-02' } }),
  draftDecisions,
  { school: { ...school, name: long('Escuela Año Nuevo') } },
)

describe('the agreement PDF', { timeout: 90_000 }, () => {
  it('holds every section, the decision tables, the split, accented names and the version as real text', async () => {
    const { pages, bytes } = await pdfText(signed)
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-')
    const all = pages.join('\n')
    for (const heading of [
      '1. Understanding coaching',
      '2. Partnership principles',
      '3. Role and time',
      '4. How the principal supports coaching',
      '5. The coach’s professional learning',
      '6. Confidentiality',
      '7. Evaluation',
      'Signatures',
    ]) {
      expect(all).toContain(heading)
    }
    expect(all).toContain('Renée Okafor')
    expect(all).toContain('José Martínez')
    expect(all).toContain('Escuela Año Nuevo')
    expect(all).toContain('Zoë Lindqvist')
    expect(all).toContain('“when invited”')
    expect(all).toContain('Nothing about a teacher’s practice is shared — ever.')
    expect(all).toContain('Version 3')
    expect(all).toContain('Sep 15, 2026')
    // Decision tables: will with hours, won't with who instead.
    expect(all).toContain('Tasks the coach will do (3)')
    expect(all).toContain('Impact cycles with teachers')
    expect(all).toContain('Tasks the coach won’t do (1)')
    expect(all).toContain('Who does it instead')
    expect(all).toContain('Leading PLCs')
    // Projected split: 24 + 4 + 2 = 30 hours -> 80% coaching, 13.3% learning, 6.7% other.
    expect(all).toMatch(/Coaching 24 80%/)
    expect(all).toMatch(/Professional learning 4 13.3%/)
    expect(all).toContain('Cover the coach’s lunch duty on Fridays')
    expect(all).toContain('Not agreed')
    expect(all).not.toContain('DRAFT')
    pages.forEach((page, i) => expect(page).toContain(`Page ${i + 1} of ${pages.length}`))
  })

  it('sums the agreement up on page one: people, targets, the projected week, task counts, signed date and fingerprint', async () => {
    const { pages } = await pdfText(signed)
    const first = pages[0]
    for (const text of [
      'Coaching role agreement',
      'School Escuela Año Nuevo',
      'School year 2026–27',
      'Coach Renée Okafor',
      'Principal José Martínez',
      'At least 60% of the coach’s time coaching teachers and at least 10%',
      '3 tasks the coach will do, 1 the coach won’t do, 0 still open',
      'Signed on Sep 15, 2026',
      'Fingerprint 3F9A 21C4 77B0 5E12',
      'The projected week',
      '80% · 24 h a week',
      'target at least 60%',
    ]) {
      expect(first).toContain(text)
    }
    // Page one stands alone: the sections start on page two.
    expect(first).not.toContain('1. Understanding coaching')
    for (const page of pages) expect(page).toContain('Signed Sep 15, 2026 · Fingerprint 3F9A 21C4 77B0 5E12')
  })

  it('prints the snapshot it is given, whatever the task records say now', async () => {
    const frozen = structuredClone(signed)
    frozen.snapshot.tasks[2]!.title = 'Leading PLCs as signed'
    const { pages } = await pdfText({ ...frozen, fingerprint: await fingerprintOf(frozen.snapshot) })
    expect(pages.join('\n')).toContain('Leading PLCs as signed')
  })

  it('marks a draft clearly and lists the tasks left open compactly, not as table rows', async () => {
    const { pages, path } = await pdfText(draft)
    expect(pages[0]).toContain('DRAFT — not signed')
    for (const page of pages) expect(page).toContain('Version 2 · DRAFT')
    const all = pages.join('\n')
    expect(all).toContain('Tasks left open (1)')
    expect(all).toContain('Overseeing state testing · Other duties · Discuss later · Ask the district')
    expect(all).toContain('Not signed: this is a draft')
    expect(all).not.toContain('Fingerprint')
    const outline = structOutline(structText(path))
    const open = outline.indexOf('"Tasks left open (1)"')
    expect(open).toBeGreaterThan(0)
    const after = outline.slice(open + 1, outline.indexOf('H2 (block)', open))
    expect(after.some((l) => l.startsWith('L '))).toBe(true)
    expect(after.some((l) => l.startsWith('Table'))).toBe(false)
  })

  it('leaves out a column that is empty in every row', async () => {
    const { path } = await pdfText(draft)
    const outline = structOutline(structText(path))
    const will = outline.indexOf('"Tasks the coach will do (2)"')
    const wont = outline.indexOf('"Tasks the coach won’t do (1)"')
    const willTable = outline.slice(will, wont)
    expect(willTable).toContain('"Hours per week"')
    expect(willTable).not.toContain('"Note"')
    // The won't-do table has a note, so it keeps the column.
    expect(outline.slice(wont, wont + 40)).toContain('"Note"')
  })

  it('is a tagged PDF: headings, tables with header cells and the chart as a figure with alt text, in reading order', async () => {
    const { path, trees } = await pdfText(signed)
    expect(pdfInfo(path)).toMatch(/Tagged:\s+yes/)
    expect(qpdfCheck(path)).toContain('No syntax or stream encoding errors')
    const tree = structText(path)
    expect(structWarnings(path)).toBe('')
    const outline = structOutline(tree)
    expect(outline[0]).toBe('Document')
    const order = [
      'H1 (block)',
      '"Coaching role agreement"',
      '"School"',
      'H2 (block)',
      '"The projected week"',
      'Figure',
      '"1. Understanding coaching"',
      '"2. Partnership principles"',
      '"Principle"',
      '"3. Role and time"',
      '"Tasks the coach will do (3)"',
      '"Task"',
      '"4. How the principal supports coaching"',
      'LI',
      '"7. Evaluation"',
      '"Signatures"',
      '"Renée Okafor"',
    ]
    let at = -1
    for (const item of order) {
      const next = outline.findIndex((l, i) => i > at && (l === item || l.startsWith(`${item} `) || l.startsWith(`${item}:`)))
      expect(next, `${item} after line ${at}`).toBeGreaterThan(at)
      at = next
    }
    // Column header cells and row header cells in the summary.
    expect(tree).toMatch(/TH <table-\d+-0-0>:[\s\S]*?\/Scope \/Column[\s\S]*?"Task"/)
    expect(tree).toMatch(/\/Scope \/Row[\s\S]*?"School"/)
    const figure = trees.flatMap(structNodes).find((n) => n.role === 'Figure')
    expect(figure?.alt).toBe(
      'Projected week of 30 hours: coaching 80% (target at least 60%), professional learning 13.3% (target at least 10%), other duties 6.6% (target at most 30%).',
    )
  })

  it('names its language and title, shows the title in the viewer and embeds every font it lists', async () => {
    const { path } = await pdfText(signed)
    const info = pdfInfo(path)
    expect(info).toContain('Title:           Coaching role agreement, Escuela Año Nuevo, 2026–27, version 3')
    expect(info).toContain('Author:          Renée Okafor and José Martínez')
    const raw = uncompressed(path)
    expect(raw).toContain('/Lang (en-US)')
    expect(raw).toMatch(/\/DisplayDocTitle true/)
    expect(raw).toContain('/Marked true')
    expect(raw).toContain('pdfuaid:part>1<')
    const fonts = pdfFonts(path).trim().split('\n').slice(2)
    expect(fonts).toHaveLength(2)
    for (const line of fonts) expect(line).toMatch(/DejaVuSans(-Bold)? +CID TrueType +Identity-H +yes +yes +yes/)
  })

  it('keeps running headers and footers clear of the body, shortening a 120-character school name there only', async () => {
    const { pages, path } = await pdfText(longNames)
    const all = pages.join('\n')
    expect(all).toContain(longNames.snapshot.school.name)
    expect(all).toContain(longNames.snapshot.meeting.coachName)
    expect(all).toContain(longNames.snapshot.meeting.principalName)
    for (const page of wordBoxes(path)) {
      expect(
        overlappingWords(page).map(([a, b]) => `${a.text} / ${b.text}`),
        `page ${page.page}`,
      ).toEqual([])
      const header = page.words.filter((w) => w.yMax < 52)
      const footer = page.words.filter((w) => w.yMin > page.height - 44)
      const body = page.words.filter((w) => !header.includes(w) && !footer.includes(w))
      expect(header.map((w) => w.text).join(' ')).toMatch(/…\s*Version 2 · DRAFT$/)
      expect(footer.map((w) => w.text).join(' ')).toMatch(new RegExp(`Page ${page.page} of \\d+$`))
      for (const w of body) {
        expect(w.yMin, w.text).toBeGreaterThan(56)
        expect(w.yMax, w.text).toBeLessThan(page.height - 48)
      }
    }
  })

  it('never separates the signatures from their heading, nor a table row across pages', async () => {
    const note =
      'A long note that wraps over several lines of its cell so that the row is tall enough to land across a page break when the page is nearly full.'
    for (let extra = 0; extra < 14; extra++) {
      const s = defaultSections()
      for (let i = 0; i < extra; i++)
        s.support.commitments.push({
          id: `x${i}`,
          text: `Extra commitment ${i + 1}, written out at some length to push later content down the page`,
          checked: true,
          custom: true,
        })
      const { path } = await pdfText(
        input(
          agreement({ version: 2, sections: s }),
          draftDecisions.map((d) => (d.taskId === 't-plc' ? { ...d, note } : d)),
        ),
      )
      const pages = wordBoxes(path)
      const pageOf = (word: string) => pages.filter((p) => p.words.some((w) => w.text === word)).map((p) => p.page)
      const heading = pages.find((p) => p.words.some((w, i) => w.text === 'Signatures' && p.words[i - 1]?.yMin !== w.yMin))
      expect(heading, `signatures heading with ${extra} extra`).toBeDefined()
      expect(heading!.words.filter((w) => w.text === 'draft').length, `both signatures with their heading (${extra} extra)`).toBe(2)
      // Every word of the long note sits on one page.
      expect(new Set(['wraps', 'several', 'break', 'nearly'].flatMap(pageOf)).size, `note row with ${extra} extra`).toBe(1)
    }
  }, 60_000)

  it('swaps a character the font cannot draw for a visible mark and reports it', async () => {
    const emoji = input(agreement({ version: 2 }), draftDecisions, {
      tasks: [...tasks.slice(0, 3), task('t-testing', 'Overseeing state testing 🎉', 'other', 4)],
    })
    const { pages, replaced } = await pdfText(emoji)
    expect(replaced).toEqual(['🎉'])
    const all = pages.join('\n')
    expect(all).toContain('Overseeing state testing \uFFFD')
    expect(all).not.toContain('🎉')
  })

  it('uses US Letter by default and A4 when asked', async () => {
    expect(pdfInfo((await pdfText(draft)).path)).toMatch(/Page size:\s+612 x 792 pts \(letter\)/)
    expect(pdfInfo((await pdfText(draft, 'a4')).path)).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/)
  })

  it('is built from a plain document model (no PDF library needed to decide the content)', () => {
    const model = agreementDocument(draft)
    expect(model.header).toEqual({ left: 'Lincoln Elementary · Coaching role agreement · 2026–27', right: 'Version 2 · DRAFT' })
    expect(model.watermark).toBe('DRAFT')
    expect(model.blocks.filter((b) => b.kind === 'keepTogether')).toHaveLength(1)
  })

  it('names the file after school, year and version', () => {
    expect(agreementPdfFileName(signed)).toBe('escuela-ano-nuevo-2026-27-role-agreement-v3.pdf')
    expect(agreementPdfFileName(input(agreement({ version: 4 }), decisions, { school: renamed }))).toBe(
      'escuela-ano-nuevo-2026-27-role-agreement-v4-draft.pdf',
    )
  })
})
