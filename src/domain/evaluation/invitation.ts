import { z } from '../zod'
import { isoDateSchema } from '../schemas'
import { EVALUATION_DOMAINS, type EvaluationDomain, type EvaluationForm, type EvaluationItem } from '../schemas/evaluation'
import { BASE64URL, fromBase64Url, toBase64Url } from './base64url'
import { PUBLIC_KEY_LENGTH } from './coachKeys'
import { DOMAIN_LABELS, ITEM_BANK, askedItems } from './itemBank'

/**
 * An invitation to answer a round: everything the respond page needs, carried in the URL
 * fragment of a link to the app's own page (`/respond#i=…`). Browsers never send the fragment to
 * a server, so the round, the form and the coach's public key stay between the coach and the
 * person who opens the link.
 *
 * The fragment is `<version>.<data>.<check>`: the format version first (so a link from a newer
 * app is told apart from a damaged one), the data as base64url JSON, and a CRC-32 of the data
 * that catches a link cut short or changed on the way (a changed key would otherwise seal
 * answers that the coach can never open). Bank items travel by id only (the page reads their
 * wording from the item bank), hidden items not at all, and items written for the district
 * (or bank items the coach reworded) with the one wording of the invited group, which keeps a
 * whole form well inside what a QR code holds.
 */

export const INVITATION_FORMAT_VERSION = 1
export const INVITATION_PATH = '/respond'
export const INVITATION_GROUPS = ['teacher', 'administrator'] as const
export type InvitationGroup = (typeof INVITATION_GROUPS)[number]

export interface Invitation {
  roundId: string
  roundLabel: string
  /** The last day answers are taken (yyyy-mm-dd). */
  closingDate: string
  group: InvitationGroup
  /** The coach's public key as `exportPublicKey` gives it. */
  coachPublicKey: string
  form: EvaluationForm
}

export const INVITATION_MESSAGES = {
  missing: 'This page opens from the invitation link your coach sends. The address has no invitation in it.',
  damaged:
    'This invitation link is damaged or cut short, so the form cannot open. Open the link again from the message or sheet it came on, or ask the coach for a new one.',
  newer:
    'This invitation was made by a newer version of Coach Role Planner. Reload the page to get the newest version, then open the link again.',
} as const

const BANK_BY_ID = new Map(ITEM_BANK.map((item) => [item.id, item]))

const itemId = z.string().min(1).max(40)
// A bank item by its id, or an item with its domain and the invited group's wording (an object,
// not a tuple: zod's tuple would add about 0.8 KB to the first screen, which shares zod).
const entrySchema = z.union([itemId, z.object({ i: itemId, d: z.enum(EVALUATION_DOMAINS), t: z.string().trim().min(1).max(300) })])

const dataSchema = z
  .object({
    r: z.string().min(1).max(64),
    l: z.string().trim().min(1).max(60),
    c: isoDateSchema,
    g: z.enum(INVITATION_GROUPS),
    k: z.string().regex(BASE64URL).length(PUBLIC_KEY_LENGTH),
    f: z.array(entrySchema).min(1).max(80),
  })
  .superRefine((data, ctx) => {
    const ids = data.f.map((e) => (typeof e === 'string' ? e : e.i))
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', path: ['f'], message: 'Two items share an id.' })
    // An id alone must name a bank item; an unknown one means the link was changed.
    if (data.f.some((e) => typeof e === 'string' && !BANK_BY_ID.has(e)))
      ctx.addIssue({ code: 'custom', path: ['f'], message: 'An item is not in the bank.' })
  })

type Data = z.infer<typeof dataSchema>

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

/** CRC-32 of an ASCII text, as 8 hex digits. */
function check(text: string): string {
  let crc = 0xffffffff
  for (let i = 0; i < text.length; i++) crc = CRC_TABLE[(crc ^ text.charCodeAt(i)) & 0xff]! ^ (crc >>> 8)
  return ((crc ^ 0xffffffff) >>> 0).toString(16).padStart(8, '0')
}

/** The fragment's value (after `#i=`). */
export function encodeInvitation(invitation: Invitation): string {
  const f = invitation.form.items
    .filter((item) => !item.hidden)
    .map((item): Data['f'][number] => {
      const text = item.wording[invitation.group]
      const bank = BANK_BY_ID.get(item.id)
      return item.origin === 'bank' && bank && bank.wording[invitation.group] === text && bank.domain === item.domain
        ? item.id
        : { i: item.id, d: item.domain, t: text }
    })
  const data: Data = {
    r: invitation.roundId,
    l: invitation.roundLabel,
    c: invitation.closingDate,
    g: invitation.group,
    k: invitation.coachPublicKey,
    f,
  }
  const body = toBase64Url(new TextEncoder().encode(JSON.stringify(data)))
  return `${INVITATION_FORMAT_VERSION}.${body}.${check(body)}`
}

/** The whole link, for an origin such as `https://coach.example.org`. */
export function invitationLink(origin: string, invitation: Invitation): string {
  return `${origin.replace(/\/+$/, '')}${INVITATION_PATH}#i=${encodeInvitation(invitation)}`
}

export type DecodedInvitation = { ok: true; invitation: Invitation } | { ok: false; message: string }

/** Reads a fragment (`#i=…`, `i=…` or the bare value); never throws. */
export function decodeInvitation(fragment: string): DecodedInvitation {
  const value = fragment
    .trim()
    .replace(/^#/, '')
    .replace(/^i=/, '')
    // A link copied out of some mail clients keeps a trailing full stop or bracket.
    .replace(/[)\]>.,;]+$/, '')
  if (!value) return { ok: false, message: INVITATION_MESSAGES.missing }
  const parts = value.split('.')
  const version = /^\d{1,4}$/.test(parts[0] ?? '') ? Number(parts[0]) : NaN
  if (version > INVITATION_FORMAT_VERSION) return { ok: false, message: INVITATION_MESSAGES.newer }
  const damaged = { ok: false, message: INVITATION_MESSAGES.damaged } as const
  if (version !== INVITATION_FORMAT_VERSION || parts.length !== 3) return damaged
  const [, body = '', sum = ''] = parts
  if (check(body) !== sum.toLowerCase()) return damaged
  const bytes = fromBase64Url(body)
  if (!bytes) return damaged
  let raw: unknown
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
  } catch {
    return damaged
  }
  const parsed = dataSchema.safeParse(raw)
  if (!parsed.success) return damaged
  const d = parsed.data
  const items = d.f.map((entry): EvaluationItem => {
    if (typeof entry === 'string') return { ...BANK_BY_ID.get(entry)!, wording: { ...BANK_BY_ID.get(entry)!.wording } }
    const { i: id, d: domain, t: text } = entry
    // Only the invited group's wording travels; the others are never shown on this page.
    return {
      id,
      domain,
      wording: { teacher: text, administrator: text, self: text },
      hidden: false,
      origin: BANK_BY_ID.has(id) ? 'bank' : 'district',
    }
  })
  return {
    ok: true,
    invitation: { roundId: d.r, roundLabel: d.l, closingDate: d.c, group: d.g, coachPublicKey: d.k, form: { items } },
  }
}

export interface QuestionSection {
  domain: EvaluationDomain
  heading: string
  questions: { id: string; text: string }[]
}

/** What the respond page asks, by domain in the form's order, in the invited group's wording. */
export function invitationQuestions(invitation: Pick<Invitation, 'group' | 'form'>): QuestionSection[] {
  const sections: QuestionSection[] = []
  for (const item of askedItems(invitation.form)) {
    let section = sections.find((s) => s.domain === item.domain)
    if (!section) sections.push((section = { domain: item.domain, heading: DOMAIN_LABELS[item.domain], questions: [] }))
    section.questions.push({ id: item.id, text: item.wording[invitation.group] })
  }
  return sections
}

/** Answers are taken up to and including the closing date. */
export function isRoundClosed(closingDate: string, today: string): boolean {
  return today > closingDate
}
