/**
 * Browser side of the PDF export: fetches the font from the app's own origin (the CSP
 * allows nothing else), renders, and hands the file to the browser as a download.
 * Imported dynamically by the agreement page, so jsPDF loads only when someone exports.
 */
import { agreementPdfFileName, renderAgreementPdf, type AgreementPdfInput, type PdfFonts } from './agreementPdf'

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

function loadFonts(): Promise<PdfFonts> {
  fontsPromise ??= Promise.all([fetchFont('DejaVuSans.ttf'), fetchFont('DejaVuSans-Bold.ttf')])
    .then(([regular, bold]) => ({ regular, bold }))
    .catch((e: unknown) => { fontsPromise = undefined; throw e })
  return fontsPromise
}

/** Builds the PDF and starts the download; resolves with the file name used. */
export async function exportAgreementPdf(input: AgreementPdfInput): Promise<string> {
  const doc = renderAgreementPdf(input, await loadFonts())
  const fileName = agreementPdfFileName(input)
  const url = URL.createObjectURL(doc.output('blob'))
  try {
    const link = document.createElement('a')
    link.href = url
    link.download = fileName
    link.rel = 'noopener'
    document.body.append(link)
    link.click()
    link.remove()
  } finally {
    // Give the browser a moment to start the download before the blob goes away.
    setTimeout(() => URL.revokeObjectURL(url), 10_000)
  }
  return fileName
}
