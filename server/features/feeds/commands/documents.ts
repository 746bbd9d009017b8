// The Atom feed of new documents and decisions (of published meetings), newest first. A
// confidential document shows its registry entry only.
import { Feed } from 'feed';
import { z } from 'zod';
import { defineCommand } from '../../../commands/define';
import { municipalityProfile } from '../../municipality';
import { recentDocuments } from '../../documents';
import { recentDecisions } from '../../meetings';

const FEED_SIZE = 50;

export const documentFeed = defineCommand({
  name: 'feed.documents',
  input: z.object({}),
  policy: 'public',
  async work({ app }) {
    const base = app.config.publicUrl;
    const [documents, decided, profile] = await Promise.all([
      recentDocuments(FEED_SIZE),
      recentDecisions(FEED_SIZE),
      municipalityProfile(app.config),
    ]);
    const entries = [
      ...documents.map((d) => ({
        title: d.caseNumber ? `${d.title} (${d.caseNumber})` : d.title,
        id: `${base}/handlingar/${String(d._id)}`,
        link: `${base}/handlingar/${String(d._id)}`,
        date: d.createdAt,
        description:
          d.secrecy === 'confidential'
            ? 'Sekretessbelagd handling (endast uppgifter i diariet)'
            : undefined,
      })),
      ...decided.map((i) => ({
        title: `Beslut: ${i.title}`,
        id: `${base}/moten/${i.meetingId}#punkt-${String(i._id)}`,
        link: `${base}/moten/${i.meetingId}#punkt-${String(i._id)}`,
        date: i.decision!.decidedAt,
        description: i.decision!.text,
      })),
    ]
      .sort((a, b) => b.date.getTime() - a.date.getTime())
      .slice(0, FEED_SIZE);
    const feed = new Feed({
      id: `${base}/feeds/documents.atom`,
      title: `${profile.name}: nya handlingar och beslut`,
      author: {
        name: profile.name,
        ...(profile.registry.email ? { email: profile.registry.email } : {}),
      },
      link: `${base}/`,
      language: 'sv',
      updated: entries[0]?.date ?? new Date(0),
      feedLinks: { atom: `${base}/feeds/documents.atom` },
      copyright: 'Allmänna handlingar',
      generator: 'Mötesplats',
    });
    for (const entry of entries) feed.addItem(entry);
    return feed.atom1();
  },
});
