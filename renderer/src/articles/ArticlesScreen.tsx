import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { intentsWithoutArticle } from '../../../shared/settings/article-knowledge.js';
import { ArticleSettingSchema } from '../../../shared/settings/setting-values.js';
import type { StoredSetting } from '../../../shared/settings/stored-setting.js';
import { tenantProfile } from '../../../shared/settings/tenant-settings.js';
import { useConsoleState } from '../state/context.js';
import { useTenantSettings } from '../state/useTenantSettings.js';
import { formFromArticle, newArticleForm, type ArticleForm } from './article-form.js';
import { ArticleEditor } from './ArticleEditor.js';
import { ArticleGaps } from './ArticleGaps.js';
import { ArticleList } from './ArticleList.js';
import './articles.css';

/**
 * The article open in the editor: its id (null while new) and which opening this is (a save keeps it, so the editor
 * and its notice stay; opening another article makes a new one).
 */
interface OpenArticle {
  id: string | null;
  opening: number;
}

/** An article's form as edited, and the version it was loaded from (what a save is checked against). */
interface Edit {
  form: ArticleForm;
  baseVersion: number;
}

/** A new article's form is kept under this key among the edits. */
const NEW_KEY = '';

const without = (edits: Record<string, Edit>, key: string) =>
  Object.fromEntries(Object.entries(edits).filter(([name]) => name !== key));

/**
 * The knowledge base's editor (leads and admins): the tenant's articles with a search, the intents no published
 * article answers, and the open article's form. Edits of each article are kept while another is opened, until saved.
 */
export function ArticlesScreen() {
  const { t, i18n } = useTranslation();
  const setup = useConsoleState((s) => s.setup);
  const { view, loadError } = useTenantSettings();
  const [open, setOpen] = useState<OpenArticle | null>(null);
  const [edits, setEdits] = useState<Record<string, Edit>>({});
  const [openings, setOpenings] = useState(0);
  const openArticle = (id: string | null) => {
    setOpen({ id, opening: openings + 1 });
    setOpenings((count) => count + 1);
  };

  const articles = useMemo(() => view?.settings.article ?? [], [view]);
  /** The intents the console knows of: those of its tickets and those the articles name. */
  const knownIntents = useMemo(
    () => [...new Set([...(setup?.intents ?? []), ...articles.flatMap((article) => article.value.intents)])].sort(),
    [setup, articles],
  );
  const tenantLanguages = useMemo(
    () => (view ? tenantProfile(view.settings)?.languages : null) ?? setup?.languages ?? [],
    [view, setup],
  );
  const unanswered = useMemo(
    () => (view ? intentsWithoutArticle(view.settings, knownIntents) : []),
    [view, knownIntents],
  );
  const takenIds = useMemo(() => new Set(articles.map((article) => article.id)), [articles]);

  if (loadError && !view)
    return (
      <p className="error-message" role="alert" data-testid="articles-load-error">
        {loadError.message}
      </p>
    );
  if (!view) return <p className="empty-state">{t('articles.loading')}</p>;

  const canEdit = view.editableKinds.includes('article');
  const saved = open?.id ? articles.find((article) => article.id === open.id) : undefined;
  const editKey = open?.id ?? NEW_KEY;
  const edit: Edit | null = open
    ? (edits[editKey] ?? (saved ? { form: formFromArticle(saved.id, saved.value), baseVersion: saved.version } : null))
    : null;
  const keep = (key: string, next: Edit) => setEdits((all) => ({ ...without(all, editKey), [key]: next }));

  const startNew = (intents: readonly string[] = []) => {
    openArticle(null);
    const form = newArticleForm(tenantLanguages[0] ?? i18n.language, intents);
    setEdits((all) => ({ ...all, [NEW_KEY]: { form, baseVersion: 0 } }));
  };
  /** The form stays as typed (it is what was saved), now under the saved id and version. */
  const onSaved = (stored: StoredSetting) => {
    if (edit) keep(stored.id, { form: edit.form, baseVersion: stored.version });
    setOpen({ id: stored.id, opening: open?.opening ?? 0 });
  };
  const onLoadTheirs = (current: StoredSetting | null) => {
    const value = current && !current.deleted ? ArticleSettingSchema.safeParse(current.value) : null;
    if (current && value?.success) {
      keep(current.id, { form: formFromArticle(current.id, value.data), baseVersion: current.version });
      setOpen({ id: current.id, opening: open?.opening ?? 0 });
    } else {
      setEdits((all) => without(all, editKey));
      setOpen(null);
    }
  };

  return (
    <section className="articles-screen" aria-labelledby="articles-title" data-testid="articles-screen">
      <div className="articles-side">
        <h2 id="articles-title">{t('articles.title')}</h2>
        <ArticleList
          articles={articles}
          tenantLanguages={tenantLanguages}
          openId={open?.id ?? null}
          canEdit={canEdit}
          onOpen={openArticle}
          onNew={() => startNew()}
        />
        <ArticleGaps unanswered={unanswered} canEdit={canEdit} onWrite={(intent) => startNew([intent])} />
      </div>
      <div className="articles-main">
        {open && edit ? (
          <ArticleEditor
            key={open.opening}
            form={edit.form}
            baseVersion={edit.baseVersion}
            takenIds={open.id === null ? takenIds : null}
            tenantLanguages={tenantLanguages}
            knownIntents={knownIntents}
            canEdit={canEdit}
            onChange={(form) => keep(editKey, { form, baseVersion: edit.baseVersion })}
            onSaved={onSaved}
            onDeleted={() => {
              setEdits((all) => without(all, editKey));
              setOpen(null);
            }}
            onLoadTheirs={onLoadTheirs}
          />
        ) : (
          <p className="empty-state" data-testid="articles-none-open">
            {t('articles.noneOpen')}
          </p>
        )}
      </div>
    </section>
  );
}
