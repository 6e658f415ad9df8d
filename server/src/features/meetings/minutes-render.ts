import * as Y from 'yjs';
import {
  actionPointEntrySchema,
  hypothesisEntrySchema,
  safetyScaleEntrySchema,
  sharedTypeName,
  TEXT_SECTIONS,
  type AgendaItem,
  type MinutesItem,
  type TextSection,
} from '@keha/shared';
import type { z } from 'zod';

/** Block elements that end a line in the plain-text minutes (ProseMirror/TipTap node names). */
const BLOCKS = new Set([
  'paragraph',
  'heading',
  'listItem',
  'list_item',
  'blockquote',
  'codeBlock',
  'code_block',
]);
const LIST_ITEMS = new Set(['listItem', 'list_item']);

/** The plain text of a rich-text section: one line per block, list items as "- ". */
export function plainText(fragment: Y.XmlFragment): string {
  const lines: string[] = [];
  let line = '';
  const walk = (node: Y.XmlElement | Y.XmlText | Y.XmlHook | Y.XmlFragment, depth: number) => {
    if (node instanceof Y.XmlText) {
      line += node
        .toDelta()
        .map((op: { insert?: unknown }) => (typeof op.insert === 'string' ? op.insert : ''))
        .join('');
      return;
    }
    if (!(node instanceof Y.XmlElement || node instanceof Y.XmlFragment)) return;
    const name = node instanceof Y.XmlElement ? node.nodeName : '';
    if (name === 'hardBreak' || name === 'hard_break') line += '\n';
    if (LIST_ITEMS.has(name)) line += `${'  '.repeat(Math.max(0, depth - 1))}- `;
    for (const child of node.toArray()) walk(child, LIST_ITEMS.has(name) ? depth + 1 : depth);
    if (BLOCKS.has(name) && line.trim()) {
      lines.push(line.replace(/\s+$/, ''));
      line = '';
    }
  };
  walk(fragment, 0);
  if (line.trim()) lines.push(line.trim());
  return lines.join('\n');
}

/** The entries of a structured section that match its schema; others (half-typed) are left out. */
function entries<S extends z.ZodType>(doc: Y.Doc, name: string, schema: S): z.infer<S>[] {
  const out: z.infer<S>[] = [];
  for (const value of doc.getArray<unknown>(name).toArray()) {
    const json = value instanceof Y.Map ? value.toJSON() : value;
    const parsed = schema.safeParse(json);
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}

/** Minutes of the agenda from the notes document (its layout: shared/src/meetings/meeting-notes.ts). */
export function renderMinutesItems(state: Uint8Array, agenda: readonly AgendaItem[]): MinutesItem[] {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    return agenda.map((item) => {
      const sections: Partial<Record<TextSection, string>> = {};
      for (const section of item.kind === 'family' ? TEXT_SECTIONS : (['notes'] as const)) {
        const text = plainText(doc.getXmlFragment(sharedTypeName(section, item.id)));
        if (text) sections[section] = text;
      }
      const family = item.kind === 'family';
      return {
        item,
        sections,
        hypotheses: family ? entries(doc, sharedTypeName('hypotheses', item.id), hypothesisEntrySchema) : [],
        safetyScales: family
          ? entries(doc, sharedTypeName('safety_scales', item.id), safetyScaleEntrySchema)
          : [],
        actionPoints: family
          ? entries(doc, sharedTypeName('action_points', item.id), actionPointEntrySchema).filter((a) =>
              item.childIds.includes(a.childId),
            )
          : [],
      };
    });
  } finally {
    doc.destroy();
  }
}
