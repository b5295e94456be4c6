/**
 * DejaVu Sans for every PDF the app makes (the agreement and the principal's time report): the
 * standard PDF fonts cannot show many names or signs such as ✓ and ⚠. The font files ship with
 * the app under public/fonts (with their licence) and are fetched from the app's own origin
 * (the CSP allows nothing else) once, the first time a PDF is made.
 */
import type { jsPDF } from 'jspdf'

export const PDF_FONT = 'DejaVuSans'

export interface PdfFonts { regular: string; bold: string }

let fontsPromise: Promise<PdfFonts> | undefined

function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer)
  let binary = ''
  const chunk = 0x8000
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk))
  return btoa(binary)
}

async function fetchFont(file: string): Promise<string> {
  const response = await fetch(`${import.meta.env.BASE_URL}fonts/${file}`)
  if (!response.ok) throw new Error(`The PDF font could not be loaded (${response.status}).`)
  return toBase64(await response.arrayBuffer())
}

export function loadPdfFonts(): Promise<PdfFonts> {
  fontsPromise ??= Promise.all([fetchFont('DejaVuSans.ttf'), fetchFont('DejaVuSans-Bold.ttf')])
    .then(([regular, bold]) => ({ regular, bold }))
    .catch((e: unknown) => { fontsPromise = undefined; throw e })
  return fontsPromise
}

/** Registers DejaVu Sans (regular and bold) with a document and makes it the current font. */
export function addPdfFonts(doc: jsPDF, fonts: PdfFonts): void {
  doc.addFileToVFS('DejaVuSans.ttf', fonts.regular)
  doc.addFileToVFS('DejaVuSans-Bold.ttf', fonts.bold)
  doc.addFont('DejaVuSans.ttf', PDF_FONT, 'normal')
  doc.addFont('DejaVuSans-Bold.ttf', PDF_FONT, 'bold')
  doc.setFont(PDF_FONT, 'normal')
}
