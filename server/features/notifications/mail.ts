// The e-mail of each notification kind, in Swedish with an English part below (the person's
// language is not known to the server). A new kind adds its text here.
import { resources } from '@shared/i18n';
import type { NotificationDraft } from '@shared/schemas/notifications';

export interface NotificationMail {
  subject: string;
  text: string;
}

export function mailFor(draft: NotificationDraft, publicUrl: string): NotificationMail {
  const link = new URL(draft.path, publicUrl).toString();
  const title = draft.subject.title;
  switch (draft.kind) {
    case 'proposal_status': {
      if (draft.step === 'returned') {
        return {
          subject: `E-förslag: ${title} – skickat tillbaka för ändringar`,
          text:
            `Ditt e-förslag har skickats tillbaka till dig för ändringar. Läs moderatorns ` +
            `meddelande, ändra förslaget och skicka in det igen:\n\n${title}\n${link}\n\n` +
            `---\nYour proposal was sent back to you for changes. Read the moderator's message, ` +
            `change it and submit it again:\n${link}\n`,
        };
      }
      const sv = resources.sv.proposals.status[draft.status];
      const en = resources.en.proposals.status[draft.status];
      return {
        subject: `E-förslag: ${title} – ${sv}`,
        text:
          `Ett e-förslag du följer har fått ny status: ${sv}.\n\n${title}\n${link}\n\n` +
          `Du får detta för att du följer förslaget. Sluta följa det på förslagets sida.\n\n` +
          `---\nA proposal you follow has a new status: ${en}.\n${link}\n`,
      };
    }
  }
}
