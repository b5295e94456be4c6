/**
 * The frame of a plain figures table: an optional caption for screen readers, one row of
 * column headings (`#head`), the rows (default slot) and optional footer rows (`#foot`).
 * Attributes (class, data-testid) go on the table itself. A render function, so a table
 * without a caption or footer carries no placeholder comments where they would be.
 */
import { defineComponent, h, type VNode } from 'vue'

export default defineComponent({
  name: 'DataTable',
  props: { caption: { type: String, default: '' } },
  setup(props, { slots }) {
    return () => {
      const parts: VNode[] = []
      if (props.caption) parts.push(h('caption', { class: 'visually-hidden' }, props.caption))
      parts.push(h('thead', [h('tr', slots.head?.())]), h('tbody', slots.default?.()))
      if (slots.foot) parts.push(h('tfoot', slots.foot()))
      return h('table', parts)
    }
  },
})
