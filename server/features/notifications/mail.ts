// The e-mail of each notification kind, in Swedish with an English part below (the person's
// language is not known to the server), and the daily digest that gathers several. A new kind
// adds its line here.
import { resources } from '@shared/i18n';
import type { NotificationDraft } from '@shared/schemas/notifications';

export interface NotificationMail {
  subject: string;
  text: string;
}

/** What happened, in one Swedish and one English line (without the link). */
export function lines(draft: NotificationDraft): { sv: string; en: string; subject: string } {
  const title = draft.subject.title;
  switch (draft.kind) {
    case 'proposal_status': {
      if (draft.step === 'returned') {
        return {
          subject: `E-förslag: ${title} – skickat tillbaka för ändringar`,
          sv:
            `Ditt e-förslag ”${title}” har skickats tillbaka till dig för ändringar. Läs ` +
            `moderatorns meddelande, ändra förslaget och skicka in det igen.`,
          en:
            `Your proposal "${title}" was sent back to you for changes. Read the moderator's ` +
            `message, change it and submit it again.`,
        };
      }
      const sv = resources.sv.proposals.status[draft.status];
      const en = resources.en.proposals.status[draft.status];
      return {
        subject: `E-förslag: ${title} – ${sv}`,
        sv: `Ett e-förslag du följer har fått ny status: ${sv}. ”${title}”`,
        en: `A proposal you follow has a new status: ${en}. "${title}"`,
      };
    }
    case 'document_added':
      // The document's title only: a confidential document's content never goes by e-mail.
      return {
        subject: `Ny handling: ${title}`,
        sv: `En handling har lagts till efter kallelsen till ${title}: ${draft.document}.`,
        en: `A document was added after the notice of ${title}: ${draft.document}.`,
      };
    case 'substitute_called':
      return {
        subject: `Du är inkallad som ersättare: ${title}`,
        sv: `Du har kallats in som ersättare till ${title}. Handlingarna finns under Mina möten.`,
        en: `You have been called in as a substitute for ${title}. The documents are under My meetings.`,
      };
    case 'comment_reply':
      return draft.official
        ? {
            subject: `Svar från ${draft.by}: ${title}`,
            sv: `${draft.by} har svarat på din kommentar om ”${title}” (officiellt svar).`,
            en: `${draft.by} replied to your comment on "${title}" (official answer).`,
          }
        : {
            subject: `Nytt svar på din kommentar: ${title}`,
            sv: `${draft.by} har svarat på din kommentar om ”${title}”.`,
            en: `${draft.by} replied to your comment on "${title}".`,
          };
    case 'comment_moderated': {
      const rule = resources.sv.comments.moderation.rules[draft.rule as 'other'] ?? draft.rule;
      const ruleEn = resources.en.comments.moderation.rules[draft.rule as 'other'] ?? draft.rule;
      return {
        subject: `Din kommentar har dolts: ${title}`,
        sv: `Din kommentar om ”${title}” visas inte längre. Regel: ${rule}.`,
        en: `Your comment on "${title}" is no longer shown. Rule: ${ruleEn}.`,
      };
    }
    case 'live_question':
      return draft.state === 'answered'
        ? {
            subject: `Din fråga har besvarats: ${title}`,
            sv: `Din fråga i ”${title}” har besvarats.`,
            en: `Your question in "${title}" was answered.`,
          }
        : {
            subject: `Din fråga publicerades inte: ${title}`,
            sv: `Din fråga i ”${title}” publicerades inte av moderatorn.`,
            en: `Your question in "${title}" was not published by the moderator.`,
          };
    case 'followed_activity': {
      const sv = resources.sv.citizen.followed[draft.event];
      const en = resources.en.citizen.followed[draft.event];
      return {
        subject: `${sv}: ${title}`,
        sv: `${sv}: ”${title}”.`,
        en: `${en}: "${title}".`,
      };
    }
    case 'records_request':
      return {
        subject: `Din begäran är registrerad (${draft.reference})`,
        sv: `Din begäran att ta del av ”${title}” är registrerad hos registratorn med nummer ${draft.reference}. Du får besked så snart som möjligt.`,
        en: `Your request to see "${title}" is registered with reference ${draft.reference}. You will hear back as soon as possible.`,
      };
  }
}

const FOOTER_SV =
  'Du får detta för att du valt aviseringar på Mötesplats. Ändra det under Aviseringar på Mina sidor.';

export function mailFor(draft: NotificationDraft, publicUrl: string): NotificationMail {
  const link = new URL(draft.path, publicUrl).toString();
  const { subject, sv, en } = lines(draft);
  return {
    subject,
    text: `${sv}\n\n${link}\n\n${FOOTER_SV}\n\n---\n${en}\n${link}\n`,
  };
}

/** One mail with every notification since the last digest, oldest first. */
export function digestMail(drafts: NotificationDraft[], publicUrl: string): NotificationMail {
  const items = drafts.map((draft) => ({ ...lines(draft), link: new URL(draft.path, publicUrl) }));
  return {
    subject: `Dagens aviseringar från Mötesplats (${drafts.length})`,
    text:
      `Det här har hänt sedan förra sammanfattningen:\n\n` +
      items.map((i) => `• ${i.sv}\n  ${i.link.toString()}`).join('\n\n') +
      `\n\n${FOOTER_SV}\n\n---\nYour daily digest:\n\n` +
      items.map((i) => `• ${i.en}\n  ${i.link.toString()}`).join('\n') +
      '\n',
  };
}
