// The minutes draft (protokollsutkast) written when the sitting closes: attendance with the
// substitutes, then each item with when it was taken up, its motions, votes (totals, and names
// for open votes), decision, reservations and recusals. Stored as plain text, which the secretary
// edits, and as HTML made from it; the secretary registers it as the meeting's protokoll (a
// document of the body) and attaches it, continuing into justering and the notice board.
import { bodyName } from '../../bodies';
import { Meeting } from '../model';
import { Sitting } from './model';
import { sittingState } from './state';

const TZ = 'Europe/Stockholm';
const clock = (iso: string | Date) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: TZ, hour: '2-digit', minute: '2-digit' }).format(
    new Date(iso),
  );
const day = (d: Date) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: TZ, dateStyle: 'long' }).format(d);

const CHOICE_LABEL = { ja: 'Ja', nej: 'Nej', avstar: 'Avstår' } as const;

const named = (p: { displayName: string; party?: string }) =>
  p.party ? `${p.displayName} (${p.party})` : p.displayName;

/** The draft as text: headings are lines of their own, lists start with "- ". */
export async function minutesDraftText(meetingId: string): Promise<string | null> {
  const [meeting, state] = await Promise.all([
    Meeting.findById(meetingId).lean(),
    sittingState(meetingId, { names: 'all' }),
  ]);
  if (!meeting || !state) return null;
  const lines: string[] = [];
  const body = (await bodyName(meeting.bodyId)) ?? '';
  lines.push(`PROTOKOLL (utkast) – ${body}`, meeting.title, '');
  lines.push(`Datum: ${day(meeting.startsAt)}`);
  if (meeting.location) lines.push(`Plats: ${meeting.location}`);
  if (state.startedAt) {
    const end = state.closedAt ? `, avslutades kl. ${clock(state.closedAt)}` : '';
    lines.push(`Sammanträdet öppnades kl. ${clock(state.startedAt)}${end} (svensk tid).`);
  }
  const members = state.attendance.members;
  const seated = members.filter((m) => m.seat && m.present);
  const substitutes = members.filter((m) => m.substituteFor);
  const absent = members.filter((m) => m.seat && !m.present);
  lines.push('', 'Närvarande ledamöter');
  for (const m of seated) lines.push(`- ${named(m)}${m.position ? `, ${m.position}` : ''}`);
  if (substitutes.length > 0) {
    lines.push('', 'Tjänstgörande ersättare');
    for (const m of substitutes) lines.push(`- ${named(m)} för ${named(m.substituteFor!)}`);
  }
  if (absent.length > 0) {
    lines.push('', 'Frånvarande ledamöter');
    for (const m of absent) lines.push(`- ${named(m)}`);
  }
  const q = state.attendance;
  lines.push(
    '',
    `Beslutförhet: ${q.present} av ${q.seats} ledamöter tjänstgör; ${q.quorum ? 'beslutför' : 'inte beslutför'}.`,
  );

  for (const item of state.items) {
    lines.push('', `§ ${item.number} ${item.title}`);
    if (item.startedAt) lines.push(`Behandlades från kl. ${clock(item.startedAt)}.`);
    if (item.recusals.length > 0) {
      lines.push('Jäv: ' + item.recusals.map(named).join(', ') + ' deltog inte i handläggningen.');
    }
    if (item.motions.length > 0) {
      lines.push('Yrkanden');
      for (const m of item.motions) lines.push(`- ${m.by ? `${named(m.by)}: ` : ''}${m.text}`);
    }
    for (const vote of item.votes) {
      const kind = vote.kind === 'open' ? 'Öppen votering' : 'Sluten omröstning';
      lines.push(`${kind}: ${vote.question}`);
      if (vote.result) {
        const r = vote.result;
        lines.push(`- Ja ${r.ja}, Nej ${r.nej}, Avstår ${r.avstar}, Frånvarande ${r.absent}`);
      }
      if (vote.ballots) {
        for (const choice of ['ja', 'nej', 'avstar'] as const) {
          const who = vote.ballots.filter((b) => b.choice === choice);
          if (who.length === 0) continue;
          const names = who.map((b) => named(b) + (b.recordedBySecretary ? ' *' : ''));
          lines.push(`- ${CHOICE_LABEL[choice]}: ${names.join(', ')}`);
        }
        if (vote.ballots.some((b) => b.recordedBySecretary)) {
          lines.push('- * röst registrerad av sekreteraren');
        }
      }
    }
    lines.push(`Beslut: ${item.decision ?? '–'}`);
    if (item.reservations.length > 0) {
      lines.push('Reservationer');
      for (const r of item.reservations) lines.push(`- ${named(r)}${r.text ? `: ${r.text}` : ''}`);
    }
  }
  return lines.join('\n') + '\n';
}

const escape = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[c]};`,
  );

/** HTML of a draft text: the first line the heading, "§" lines sections, "- " lines lists. */
export function draftHtml(text: string): string {
  const out: string[] = [];
  let list = false;
  const close = () => {
    if (list) out.push('</ul>');
    list = false;
  };
  text.split('\n').forEach((line, index) => {
    if (line.startsWith('- ')) {
      if (!list) out.push('<ul>');
      list = true;
      out.push(`<li>${escape(line.slice(2))}</li>`);
      return;
    }
    close();
    if (line.trim() === '') return;
    if (index === 0) out.push(`<h1>${escape(line)}</h1>`);
    else if (line.startsWith('§')) out.push(`<h2>${escape(line)}</h2>`);
    else out.push(`<p>${escape(line)}</p>`);
  });
  close();
  return out.join('\n');
}

/** Writes the draft from what happened (at closing). */
export async function writeMinutesDraft(meetingId: string): Promise<void> {
  const text = await minutesDraftText(meetingId);
  if (text === null) return;
  await Sitting.updateOne(
    { _id: meetingId },
    { $set: { minutesDraft: { text, html: draftHtml(text), generatedAt: new Date() } } },
  );
}
