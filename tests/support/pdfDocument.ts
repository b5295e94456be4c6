/** Reading made PDFs back in tests: the font subsets the app ships, text per page and the tag tree (pdf.js). */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { parsePdfFonts } from '@/pdf/pdfFonts'
import { PDF_FONT_FILES } from '@/pdf/fonts/fontFiles'
import { makePdfFontSubsets } from '@/pdf/fonts/subsetFonts'

// The very files the build ships (made by the same function), so the tests print what users get.
const shipped = await makePdfFontSubsets()
export const testFonts = parsePdfFonts({ regular: shipped.get(PDF_FONT_FILES.regular)!, bold: shipped.get(PDF_FONT_FILES.bold)! })

export interface StructNode {
  role?: string
  alt?: string
  children?: Array<StructNode | { type: string; id: string }>
}

/** Text per page (items joined by spaces) and each page's structure tree. */
export async function readPdf(bytes: Uint8Array): Promise<{ pages: string[]; trees: StructNode[] }> {
  const pdf = await getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false }).promise
  const pages: string[] = []
  const trees: StructNode[] = []
  for (let p = 1; p <= pdf.numPages; p++) {
    const page = await pdf.getPage(p)
    const content = await page.getTextContent()
    pages.push(
      content.items
        .map((i) => ('str' in i ? i.str : ''))
        .join(' ')
        .replace(/\s+/g, ' '),
    )
    trees.push((await page.getStructTree()) as StructNode)
  }
  await pdf.destroy()
  return { pages, trees }
}

/** Every node with a role, depth first (reading order). */
export function structNodes(tree: StructNode): StructNode[] {
  const out: StructNode[] = []
  const walk = (n: StructNode) => {
    if (n.role) out.push(n)
    for (const c of n.children ?? []) if ('role' in c || 'children' in c) walk(c as StructNode)
  }
  walk(tree)
  return out
}
