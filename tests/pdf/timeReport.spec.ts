// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { renderTimeReportPdf } from '@/pdf/timeReport'
import type { ReportImage } from '@/pdf/reportDocument'
import type { PaperSize } from '@/pdf/document/model'
import { principalReport } from '../support/reportFixture'
import { weeklyChartKey } from '@/domain/dashboard/summaries'
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

const chart: ReportImage = {
  dataUrl: 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAD0lEQVR4nGOQj48+cec6AAjvA1WmN7mvAAAAAElFTkSuQmCC',
  aspect: 1000 / 380,
  // The caption the dashboard writes, so page one is tested at its real length.
  caption: weeklyChartKey({ coachingPct: 60, learningPct: 10 }),
}

async function render(report = principalReport(), paper?: PaperSize) {
  const { bytes, replaced } = await renderTimeReportPdf(report, chart, testFonts, paper)
  const { pages, trees } = await readPdf(bytes)
  return { report, pages, trees, replaced, path: pdfFile(bytes, 'report.pdf') }
}

const long = (start: string) =>
  `${start} ${'Northwest Regional Consolidated Community '.repeat(4)}`.slice(0, 119).trimEnd().padEnd(120, 'x')

describe('the principal’s time report PDF', { timeout: 90_000 }, () => {
  it('sums the report up on page one: school, year, coach, principal, targets, the figures at a glance and the chart', async () => {
    const { pages, report } = await render()
    const first = pages[0]
    for (const text of [
      'Coaching time report',
      'School Lincoln Elementary',
      'School year 2026–27',
      'Coach Renée Okafor',
      'Principal José Martínez',
      'At least 60% of logged time coaching teachers',
      'At a glance',
      'Year to date',
      report.summaries.rolling,
      'Two lines, each against its own target',
      'shaded weeks had no ordinary school.',
    ]) {
      expect(first).toContain(text)
    }
    expect(first).not.toContain('Week by week')
    const all = pages.join('\n')
    for (const text of [
      'Week by week',
      'Planned and logged',
      'Drift: time on won’t-do tasks',
      'Lunch duty',
      report.weeks[0]?.range ?? 'no weeks',
    ])
      expect(all).toContain(text)
    pages.forEach((page, i) => expect(page).toContain(`Page ${i + 1} of ${pages.length}`))
  })

  it('is tagged: headings, tables with column header cells, the chart as a figure whose alt text is its summary', async () => {
    const { path, trees, report } = await render()
    expect(pdfInfo(path)).toMatch(/Tagged:\s+yes/)
    expect(qpdfCheck(path)).toContain('No syntax or stream encoding errors')
    expect(structWarnings(path)).toBe('')
    const tree = structText(path)
    const outline = structOutline(tree)
    const order = [
      '"Coaching time report"',
      '"School"',
      '"At a glance"',
      '"Period"',
      'Figure',
      '"Week by week"',
      '"Week"',
      '"Planned and logged"',
      '"Drift: time on won’t-do tasks"',
    ]
    let at = -1
    for (const item of order) {
      const next = outline.findIndex((l, i) => i > at && (l === item || l.startsWith(`${item} `) || l.startsWith(`${item}:`)))
      expect(next, `${item} after line ${at}`).toBeGreaterThan(at)
      at = next
    }
    expect(tree).toMatch(/TH <table-\d+-0-0>:[\s\S]*?\/Scope \/Column[\s\S]*?"Week"/)
    const figure = trees.flatMap(structNodes).find((n) => n.role === 'Figure')
    expect(figure?.alt).toBe(report.summaries.weekly)
    const info = pdfInfo(path)
    expect(info).toContain('Author:          Renée Okafor')
    expect(info).toContain('Title:           Coaching time report: Lincoln Elementary')
    const raw = uncompressed(path)
    expect(raw).toContain('/Lang (en-US)')
    expect(raw).toMatch(/\/DisplayDocTitle true/)
    const fonts = pdfFonts(path).trim().split('\n').slice(2)
    expect(fonts).toHaveLength(2)
    for (const line of fonts) expect(line).toMatch(/DejaVuSans(-Bold)? +CID TrueType +Identity-H +yes +yes +yes/)
  })

  it('keeps running headers and footers clear of the body with 120-character names', async () => {
    const names = { school: long('Escuela Año Nuevo'), coach: long('Renée Okafor'), principal: long('José Martínez') }
    const { pages, path } = await render(principalReport(names))
    const all = pages.join('\n')
    for (const name of Object.values(names)) expect(all).toContain(name)
    for (const page of wordBoxes(path)) {
      expect(
        overlappingWords(page).map(([a, b]) => `${a.text} / ${b.text}`),
        `page ${page.page}`,
      ).toEqual([])
      const header = page.words.filter((w) => w.yMax < 52)
      const footer = page.words.filter((w) => w.yMin > page.height - 44)
      expect(header.map((w) => w.text).join(' ')).toContain('…')
      expect(footer.map((w) => w.text).join(' ')).toMatch(new RegExp(`Page ${page.page} of \\d+$`))
      for (const w of page.words.filter((x) => !header.includes(x) && !footer.includes(x))) {
        expect(w.yMin, w.text).toBeGreaterThan(56)
        expect(w.yMax, w.text).toBeLessThan(page.height - 48)
      }
    }
  })

  it('uses the paper size asked for', async () => {
    expect(pdfInfo((await render(principalReport(), 'a4')).path)).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/)
    expect(pdfInfo((await render()).path)).toMatch(/\(letter\)/)
  })
})
