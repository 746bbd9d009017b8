// The title and description fields of an agenda item's form (adding or editing an item), and the
// schemas of those two forms.
import { useTranslation } from 'react-i18next';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { z } from 'zod';
import { AgendaItemCreateSchema, ITEM_TITLE_MAX } from '@shared/schemas/meetings';
import { FieldError, describedBy, type FieldProblem } from '../../../forms/FieldError';
import { optionalField } from '../../../forms/fields';

const { title, description } = AgendaItemCreateSchema.shape;
/** Editing sends every field: an emptied description clears it. The documents come from the picker. */
export const ItemSchema = z.object({ title, description });
export const NewItemSchema = z.object({ title, description: optionalField(description) });

type ItemField = 'title' | 'description';
interface ItemFieldsForm {
  register: (name: ItemField) => UseFormRegisterReturn;
  formState: { errors: Partial<Record<ItemField, FieldProblem>> };
}

/** The title and description fields of an item form. */
export function ItemFields({ id, form }: { id: string; form: ItemFieldsForm }) {
  const { t } = useTranslation('records');
  const { errors } = form.formState;
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-title`}>{t('editor.itemTitle')}</label>
        <input
          id={`${id}-title`}
          maxLength={ITEM_TITLE_MAX}
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={describedBy(undefined, `${id}-title-error`, errors.title)}
          {...form.register('title')}
        />
        <FieldError id={`${id}-title-error`} error={errors.title} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-description`}>{t('editor.description')}</label>
        <textarea
          id={`${id}-description`}
          aria-invalid={errors.description ? true : undefined}
          aria-describedby={describedBy(undefined, `${id}-description-error`, errors.description)}
          {...form.register('description')}
        />
        <FieldError id={`${id}-description-error`} error={errors.description} />
      </div>
    </>
  );
}
