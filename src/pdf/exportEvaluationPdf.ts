/**
 * The 360° evaluation's PDFs (PDFKit, loaded on demand with this module): the coach's results of a
 * round and a blank paper form for one rater group. Each reads only the round and responses it is
 * handed; the documents decide what they say, the shared writer lays them out.
 */
import { evaluationResultsFileName, paperFormFileName } from '@/domain/fileNames'
import type { RaterGroup } from '@/domain/schemas/evaluation'
import { evaluationResultsDocument, type EvaluationResultsInput } from './evaluationResultsDocument'
import { paperFormDocument } from './paperFormDocument'
import type { EvaluationRound } from '@/domain/schemas/evaluation'
import { DEFAULT_PAPER, type PaperSize } from './document/model'
import { preparedPdf, renderPdf, type PreparedPdf, type RenderedPdf } from './document/renderWithPdfkit'
import type { PdfFontFaces } from './document/writePdf'
import { loadPdfFonts } from './pdfFonts'
// The shared schemas module, not only the evaluation schema: this chunk then reaches the same
// modules as the pages do, so the bundler keeps them in one chunk on the first screen.
import { paperSizeSchema } from '@/domain/schemas'

export type { EvaluationResultsInput } from './evaluationResultsDocument'

/** A paper size from settings; anything else prints on letter. */
const paperOf = (paper: unknown): PaperSize => paperSizeSchema.catch(DEFAULT_PAPER).parse(paper)

export function renderEvaluationResultsPdf(
  input: EvaluationResultsInput,
  fonts: PdfFontFaces,
  paper: PaperSize = DEFAULT_PAPER,
): Promise<RenderedPdf> {
  return renderPdf(evaluationResultsDocument(input), fonts, paperOf(paper))
}

export function renderPaperFormPdf(
  round: EvaluationRound,
  group: RaterGroup,
  fonts: PdfFontFaces,
  paper: PaperSize = DEFAULT_PAPER,
): Promise<RenderedPdf> {
  return renderPdf(paperFormDocument(round, group), fonts, paperOf(paper))
}

/** The round's results for the coach, ready to download (fonts fetched from the app's own origin). */
export async function prepareEvaluationResultsPdf(input: EvaluationResultsInput, paper: PaperSize = DEFAULT_PAPER): Promise<PreparedPdf> {
  return preparedPdf(evaluationResultsFileName(input.round.label), await renderEvaluationResultsPdf(input, await loadPdfFonts(), paper))
}

/** A blank paper form of the round for one rater group, ready to download. */
export async function preparePaperFormPdf(
  round: EvaluationRound,
  group: RaterGroup,
  paper: PaperSize = DEFAULT_PAPER,
): Promise<PreparedPdf> {
  return preparedPdf(paperFormFileName(round.label, group), await renderPaperFormPdf(round, group, await loadPdfFonts(), paper))
}
