/**
 * DejaVu Sans for PDFs: the standard PDF fonts cannot show many names (ł, ő, Cyrillic...) or
 * signs such as ✓ and ⚠. The font files ship with the app under public/fonts (with their
 * licence) and are fetched from the app's own origin the first time a PDF is made.
 */
import type { jsPDF } from 'jspdf'

export const PDF_FONT = 'DejaVuSans'
const FILES = { normal: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' } as const

const cache = new Map<string, Promise<string>>()

function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer)
  let binary = ''
  // In slices: String.fromCharCode with 700 KB of arguments overflows the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

function loadFontFile(file: string): Promise<string> {
  let pending = cache.get(file)
  if (!pending) {
    pending = fetch(`${import.meta.env.BASE_URL}fonts/${file}`).then(async (res) => {
      if (!res.ok) throw new Error(`The PDF font could not be loaded (${res.status}). Reload the page and try again.`)
      return toBase64(await res.arrayBuffer())
    })
    pending.catch(() => cache.delete(file))
    cache.set(file, pending)
  }
  return pending
}

/** Adds DejaVu Sans (regular and bold) to the document and makes it the current font. */
export async function useDejaVu(doc: jsPDF): Promise<void> {
  const [normal, bold] = await Promise.all([loadFontFile(FILES.normal), loadFontFile(FILES.bold)])
  doc.addFileToVFS(FILES.normal, normal)
  doc.addFont(FILES.normal, PDF_FONT, 'normal')
  doc.addFileToVFS(FILES.bold, bold)
  doc.addFont(FILES.bold, PDF_FONT, 'bold')
  doc.setFont(PDF_FONT, 'normal')
}
