import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/useFormat.js';
import { languageRefusal, type ArticleForm } from './article-form.js';

interface ArticleLanguageAdderProps {
  form: ArticleForm;
  /** The tenant's languages the article lacks, each offered as one button. */
  missing: readonly string[];
  readOnly: boolean;
  onAdd(language: string): void;
}

/** Which of the tenant's languages the article lacks, and adding a version in one of them or in another language. */
export function ArticleLanguageAdder({ form, missing, readOnly, onAdd }: ArticleLanguageAdderProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const id = useId();
  const [typed, setTyped] = useState('');
  const [refusal, setRefusal] = useState<'invalid' | 'present' | null>(null);

  const addTyped = () => {
    const language = typed.trim();
    const refused = languageRefusal(form, language);
    setRefusal(refused);
    if (refused) return;
    onAdd(language);
    setTyped('');
  };

  return (
    <div className="article-languages" data-testid="article-languages">
      {missing.length > 0 ? (
        <p className="article-missing" data-testid="article-missing-languages">
          {t('articles.languages.missing', {
            count: missing.length,
            languages: missing.map((language) => fmt.languageName(language)).join(', '),
          })}
        </p>
      ) : (
        <p className="article-hint" data-testid="article-all-languages">
          {t('articles.languages.complete')}
        </p>
      )}
      {readOnly ? null : (
        <div className="article-inline-form">
          {missing.map((language) => (
            <button
              key={language}
              type="button"
              className="button button-small"
              data-testid={`article-add-${language}`}
              onClick={() => onAdd(language)}
            >
              {t('articles.languages.add', { language: fmt.languageName(language) })}
            </button>
          ))}
          <input
            value={typed}
            dir="ltr"
            size={8}
            aria-label={t('articles.languages.other')}
            placeholder={t('articles.languages.otherPlaceholder')}
            data-testid="article-language-input"
            aria-invalid={refusal !== null || undefined}
            aria-describedby={refusal !== null ? `${id}-refusal` : undefined}
            onChange={(event) => {
              setTyped(event.target.value);
              setRefusal(null);
            }}
            onKeyDown={(event) => {
              if (event.key !== 'Enter') return;
              event.preventDefault();
              addTyped();
            }}
          />
          <button type="button" className="button button-small" data-testid="article-language-add" onClick={addTyped}>
            {t('articles.languages.addOther')}
          </button>
        </div>
      )}
      {refusal !== null ? (
        <span className="field-issue" id={`${id}-refusal`} role="alert" data-testid="article-language-refused">
          {t(`articles.languages.${refusal}`, { language: typed.trim() })}
        </span>
      ) : null}
    </div>
  );
}
