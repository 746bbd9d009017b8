// Whether a private note's anchor still holds in a document's current text: the note keeps the
// start of its paragraph (`quote`) and the paragraph's index, so after a new version the note is
// in place, has moved (the paragraph is elsewhere) or the text changed ("may have moved"). Only
// the verdict leaves here, never the text.
import { isObjectId } from '../../../db/ids';
import { RecordDocument } from '../model';

export type AnchorState = 'in_place' | 'moved' | 'changed';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

export function paragraphsOf(text: string): string[] {
  return text
    .split(/\n+/)
    .map(squash)
    .filter((p) => p.length > 0);
}

/** The state of each anchor in the document's current text (undefined: nothing to compare). */
export async function anchorStates(
  documentId: string,
  anchors: Array<{ paragraph?: number | null; quote?: string | null } | null | undefined>,
): Promise<Array<AnchorState | undefined>> {
  if (!anchors.some((a) => a?.quote) || !isObjectId(documentId))
    return anchors.map(() => undefined);
  const document = await RecordDocument.findById(documentId, { text: 1 }).lean();
  const paragraphs = paragraphsOf(document?.text ?? '');
  return anchors.map((anchor) => {
    if (!anchor?.quote) return undefined;
    const quote = squash(anchor.quote);
    const at = anchor.paragraph;
    // Anchored by its words alone: in place wherever they still are.
    if (at == null) return paragraphs.some((p) => p.includes(quote)) ? 'in_place' : 'changed';
    if (paragraphs[at]?.includes(quote)) return 'in_place';
    if (paragraphs.some((p) => p.includes(quote))) return 'moved';
    return 'changed';
  });
}
