import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { intentsWithoutArticle } from '../../../shared/settings/article-knowledge.js';
import { ArticleSettingSchema } from '../../../shared/settings/setting-values.js';
import type { TenantSettingsView } from '../../../shared/settings/settings-console.js';
import type { StoredSetting } from '../../../shared/settings/stored-setting.js';
import { tenantProfile } from '../../../shared/settings/tenant-settings.js';
import { useConsoleState, useController } from '../state/context.js';
import { loadTenantSettings } from '../state/tenant-settings-client.js';
import { formFromArticle, newArticleForm, type ArticleForm } from './article-form.js';
import { ArticleEditor } from './ArticleEditor.js';
import { ArticleGaps } from './ArticleGaps.js';
import { ArticleList } from './ArticleList.js';
import './articles.css';

/** The article open in the editor: its id (null while new) and the version its form was loaded from. */
interface OpenArticle {
  id: string | null;
  baseVersion: number;
}

/** A new article's form is kept under this key among the edits. */
const NEW_KEY = '';

/**
 * The knowledge base's editor (leads and admins): the tenant's articles with a search, the intents no published
 * article answers, and the open article's form. Edits of each article are kept while another is opened, until saved.
 */
export function ArticlesScreen() {
  const { t, i18n } = useTranslation();
  const { api } = useController();
  const setup = useConsoleState((s) => s.setup);
  const [view, setView] = useState<TenantSettingsView | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [open, setOpen] = useState<OpenArticle | null>(null);
  const [edits, setEdits] = useState<Record<string, ArticleForm>>({});

  const reload = useCallback(async () => {
    const result = await loadTenantSettings(api);
    if (result.ok) {
      setView(result.value);
      setLoadError(null);
    } else setLoadError(result.error.message);
  }, [api]);

  useEffect(() => {
    void reload();
    return api.subscribe((event) => {
      if (event.type === 'settings_changed') void reload();
    });
  }, [api, reload]);

  const articles = useMemo(() => view?.settings.article ?? [], [view]);
  const knownIntents = useMemo(() => setup?.intents ?? [], [setup]);
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
        {loadError}
      </p>
    );
  if (!view) return <p className="empty-state">{t('articles.loading')}</p>;

  const canEdit = view.editableKinds.includes('article');
  const saved = open?.id ? articles.find((article) => article.id === open.id) : undefined;
  const editKey = open?.id ?? NEW_KEY;
  const form = open ? (edits[editKey] ?? (saved ? formFromArticle(saved.id, saved.value) : null)) : null;
  const setForm = (next: ArticleForm) => setEdits((all) => ({ ...all, [editKey]: next }));
  const forget = (key: string) =>
    setEdits((all) => Object.fromEntries(Object.entries(all).filter(([name]) => name !== key)));

  const startNew = (intents: readonly string[] = []) => {
    setOpen({ id: null, baseVersion: 0 });
    setEdits((all) => ({ ...all, [NEW_KEY]: newArticleForm(tenantLanguages[0] ?? i18n.language, intents) }));
  };
  const onSaved = (stored: StoredSetting) => {
    forget(editKey);
    setOpen({ id: stored.id, baseVersion: stored.version });
    void reload();
  };
  const onLoadTheirs = (current: StoredSetting | null) => {
    forget(editKey);
    const value = current && !current.deleted ? ArticleSettingSchema.safeParse(current.value) : null;
    if (current && value?.success) {
      setEdits((all) => ({ ...all, [current.id]: formFromArticle(current.id, value.data) }));
      setOpen({ id: current.id, baseVersion: current.version });
    } else setOpen(null);
    void reload();
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
          onOpen={(id) => setOpen({ id, baseVersion: articles.find((a) => a.id === id)?.version ?? 0 })}
          onNew={() => startNew()}
        />
        <ArticleGaps unanswered={unanswered} canEdit={canEdit} onWrite={(intent) => startNew([intent])} />
      </div>
      <div className="articles-main">
        {open && form ? (
          <ArticleEditor
            key={open.id ?? NEW_KEY}
            form={form}
            baseVersion={open.baseVersion}
            takenIds={open.id === null ? takenIds : null}
            tenantLanguages={tenantLanguages}
            knownIntents={knownIntents}
            canEdit={canEdit}
            onChange={setForm}
            onSaved={onSaved}
            onDeleted={() => {
              forget(editKey);
              setOpen(null);
              void reload();
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
