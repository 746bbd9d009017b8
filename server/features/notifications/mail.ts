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
    case 'document_added':
      // The document's title only: a confidential document's content never goes by e-mail.
      return {
        subject: `Ny handling: ${title}`,
        text:
          `En handling har lagts till efter kallelsen till ${title}: ${draft.document}.\n${link}\n\n` +
          `---\nA document was added after the notice of ${title}: ${draft.document}.\n${link}\n`,
      };
    case 'substitute_called':
      return {
        subject: `Du är inkallad som ersättare: ${title}`,
        text:
          `Du har kallats in som ersättare till ${title}. Handlingarna finns under Mina möten.\n${link}\n\n` +
          `---\nYou have been called in as a substitute for ${title}. The documents are under My meetings.\n${link}\n`,
      };
  }
}
