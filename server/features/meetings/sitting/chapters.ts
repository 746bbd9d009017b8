// The chapters of a sitting: when each agenda item was taken up, as seconds from the start of the
// session, so that the archived meeting page can jump into the webcast ("hoppa till punkt 7").
import { trusted } from 'mongoose';
import type { ChapterView } from '@shared/schemas/council';
import { Sitting } from './model';

interface Item {
  _id: unknown;
  meetingId: string;
  title: string;
}

export async function chaptersOf(
  meetingIds: string[],
  items: Item[],
): Promise<Map<string, ChapterView[]>> {
  if (meetingIds.length === 0) return new Map();
  const sittings = await Sitting.find(
    { _id: trusted({ $in: meetingIds }) },
    { startedAt: 1, chapters: 1 },
  ).lean();
  const out = new Map<string, ChapterView[]>();
  for (const sitting of sittings) {
    const own = items.filter((item) => item.meetingId === sitting._id);
    const numbers = new Map(
      own.map((item, index) => [String(item._id), { number: index + 1, title: item.title }]),
    );
    const start = sitting.startedAt.getTime();
    out.set(
      sitting._id,
      (sitting.chapters ?? []).flatMap((c) => {
        const item = numbers.get(c.itemId);
        if (!item) return [];
        return [
          {
            itemId: c.itemId,
            ...item,
            at: c.at.toISOString(),
            offsetSeconds: Math.max(0, Math.round((c.at.getTime() - start) / 1000)),
          },
        ];
      }),
    );
  }
  return out;
}
