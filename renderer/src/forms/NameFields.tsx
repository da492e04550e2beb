import { useTranslation } from 'react-i18next';
import type { Draft } from 'immer';
import type { Plan } from '../../../core/model/plan.ts';
import { localName, renameChanges, type Lang, type NameChanges, type NamedEntity } from '../../../core/text/names.ts';
import { CommitField, type ParseResult } from './CommitField.tsx';

const MAX = 200;

/**
 * The primary name and the names for a Chinese and an English reader (core/text/names.ts). An
 * empty language field is allowed: reports in that language then show the other name with a
 * mark, which the hint under the field says. Edits go through `renameChanges`, so a name that was
 * given once (the primary copied into its language) follows wherever it is edited.
 */
export function NameFields({
  entity,
  primaryLabel,
  apply,
  commitLabel,
  testId,
}: {
  entity: NamedEntity;
  primaryLabel: string;
  /** The edit writing the changed name fields into the plan. */
  apply: (changes: NameChanges) => (d: Draft<Plan>) => void;
  commitLabel: (field: string) => string;
  /** Test id of the primary field; the language fields get `-zh` and `-en` after it. */
  testId: string;
}) {
  const { t } = useTranslation();
  const parse =
    (lang: Lang | 'primary') =>
    (raw: string): ParseResult => {
      if (lang === 'primary' && raw.trim() === '') return { ok: false, message: t('forms.required') };
      if (raw.trim().length > MAX) return { ok: false, message: t('forms.tooLong', { max: MAX }) };
      const changes = renameChanges(entity, lang, raw);
      return changes === null ? { ok: false, message: t('names.lastName') } : { ok: true, apply: apply(changes) };
    };
  const hint = (lang: Lang) => {
    const shown = localName(entity, lang);
    if (!shown.fallback) return null;
    return (
      <p className="field__hint small muted" data-testid={`${testId}-${lang}-fallback`}>
        {t(lang === 'zh' ? 'names.missingZh' : 'names.missingEn', { name: shown.text })}
      </p>
    );
  };
  return (
    <>
      <CommitField
        label={primaryLabel}
        value={entity.name}
        parse={parse('primary')}
        commitLabel={commitLabel(primaryLabel)}
        testId={testId}
      />
      {(['zh', 'en'] as const).map((lang) => (
        <div key={lang}>
          <CommitField
            label={t(`names.${lang}`)}
            value={(lang === 'zh' ? entity.name_zh : entity.name_en) ?? ''}
            parse={parse(lang)}
            commitLabel={commitLabel(t(`names.${lang}`))}
            testId={`${testId}-${lang}`}
          />
          {hint(lang)}
        </div>
      ))}
    </>
  );
}
