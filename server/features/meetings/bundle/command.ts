// GET /api/v1/meetings/:id/bundle.pdf: the whole meeting as one PDF for this reader — for an
// anonymous visitor the public "agenda as PDF" (notice, agenda, public documents), for a member
// also the confidential documents of the body, watermarked with the reader's name and the time and
// logged as reads. A bundle without confidential pages is the same for everyone who may read the
// same documents, so it is cached per meeting version; one with them is the reader's own copy.
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { z } from 'zod';
import { defineCommand } from '../../../commands/define';
import { bodyName } from '../../bodies';
import { bundleParts, watermarkText } from '../../documents';
import { loadMeeting } from '../commands/common';
import { AgendaItem } from '../model';
import { buildBundle, type BundleInput } from './build';
import { cachedBundle } from './cache';

export const getMeetingBundle = defineCommand({
  name: 'meeting.bundle',
  input: z.object({ id: z.string() }),
  load: loadMeeting,
  policy: 'public',
  async work({ app, actor, subject: meeting }) {
    const meetingId = String(meeting._id);
    const items = await AgendaItem.find({ meetingId }).sort({ order: 1 }).lean();
    const parts = await bundleParts(
      actor,
      items.flatMap((item) => item.documentIds),
    );
    const byId = new Map(parts.map((p) => [p.id, p]));
    const input: BundleInput = {
      bodyName: (await bodyName(meeting.bodyId)) ?? '',
      title: meeting.title,
      when: meeting.startsAt.toLocaleString('sv-SE', {
        timeZone: 'Europe/Stockholm',
        dateStyle: 'full',
        timeStyle: 'short',
      }),
      ...(meeting.location ? { location: meeting.location } : {}),
      items: items.map((item, index) => ({
        number: index + 1,
        title: item.title,
        parts: item.documentIds.flatMap((id) => byId.get(id) ?? []),
      })),
    };
    const name = `${meeting.title}.pdf`;
    const personal = parts.some((p) => p.confidential && p.readable);
    if (personal && actor.user) {
      input.watermark = watermarkText(actor.user.displayName, new Date());
      const bytes = await buildBundle(input);
      return { name, personal: true, stream: Readable.from([Buffer.from(bytes)]) };
    }
    const key = createHash('sha256')
      .update(
        JSON.stringify([
          meeting.updatedAt.getTime(),
          meeting.title,
          meeting.location,
          input.bodyName,
          items.map((i) => [String(i._id), i.updatedAt.getTime(), i.title, i.documentIds]),
          parts.map((p) => [p.id, p.version, p.readable]),
        ]),
      )
      .digest('hex')
      .slice(0, 32);
    const { stream } = await cachedBundle(app.config.dataDir, meetingId, key, () =>
      buildBundle(input),
    );
    return { name, personal: false, stream };
  },
});
