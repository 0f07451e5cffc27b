import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INTENT_MODEL_RECORD_ID, type ModelVersion } from '../../../shared/settings/intent-model-record.js';
import { useFormat } from '../format/useFormat.js';
import { useController } from '../state/context.js';
import { saveTenantSetting } from '../state/tenant-settings-client.js';
import { useTenantSettings } from '../state/useTenantSettings.js';
import { learningView, type LearningView } from './learning-view.js';
import './learning.css';

const PERCENT_1 = { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 } as const;

type UndoOutcome = { kind: 'undone' } | { kind: 'conflict' } | { kind: 'failed'; message: string };

function usePercent(): (share: number) => string {
  const { i18n } = useTranslation();
  const percent = new Intl.NumberFormat(i18n.language, PERCENT_1);
  return (share) => percent.format(share);
}

function Figures({ version }: { version: ModelVersion }) {
  const { t } = useTranslation();
  const percent = usePercent();
  return (
    <dl className="learning-figures">
      <dt>{t('learning.accuracy')}</dt>
      <dd data-testid="learning-accuracy">{percent(version.figures.accuracy)}</dd>
      <dt>{t('learning.containment')}</dt>
      <dd data-testid="learning-containment">{percent(version.figures.containment)}</dd>
    </dl>
  );
}

function ModelInUse({ learned }: { learned: LearningView }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { inUse } = learned;
  if (!inUse) return <p data-testid="learning-in-use">{t('learning.fromTrainingData')}</p>;
  return (
    <div data-testid="learning-in-use">
      <p>
        {t('learning.trainedAt', { at: fmt.dateTime(inUse.trainedAt) })}.{' '}
        {t('learning.examples', { history: fmt.number(inUse.historyExamples), base: fmt.number(inUse.baseExamples) })}
      </p>
      <Figures version={inUse} />
      <h4 id="learning-intents-title">{t('learning.intentsTitle')}</h4>
      <table className="learning-intents" aria-labelledby="learning-intents-title" data-testid="learning-intents">
        <thead>
          <tr>
            <th scope="col">{t('learning.intentColumn')}</th>
            <th scope="col">{t('learning.countColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {learned.intents.map(([intent, count]) => (
            <tr key={intent}>
              <td dir="ltr">{intent}</td>
              <td>{fmt.number(count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The lead's view of the intent model the AI learned from the tenant's resolved tickets (the queue's intent_model
 * record, kept by the autopilot): the model in use, what it learned, each retraining adopted or not, and an undo of
 * the last adopted one, which the autopilot follows.
 */
export function LearningScreen() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const percent = usePercent();
  const { api } = useController();
  const { view, reload } = useTenantSettings();
  const [outcome, setOutcome] = useState<UndoOutcome | null>(null);
  const [saving, setSaving] = useState(false);
  if (!view) return <p className="empty-state">{t('learning.loading')}</p>;
  const learned = learningView(view);

  async function undo(): Promise<void> {
    if (!learned.undo) return;
    setSaving(true);
    const saved = await saveTenantSetting(api, 'intent_model', INTENT_MODEL_RECORD_ID, learned.version, learned.undo);
    setSaving(false);
    setOutcome(
      saved.kind === 'saved'
        ? { kind: 'undone' }
        : saved.kind === 'conflict'
          ? { kind: 'conflict' }
          : { kind: 'failed', message: saved.kind === 'error' ? saved.message : '' },
    );
    await reload();
  }

  return (
    <section className="learning-screen" aria-labelledby="learning-title" data-testid="learning-screen">
      <h2 id="learning-title">{t('learning.title')}</h2>
      <p className="learning-note">{t('learning.intro')}</p>
      {learned.history.length === 0 ? (
        <p className="empty-state" data-testid="learning-none">
          {t('learning.none')}
        </p>
      ) : (
        <>
          <h3>{t('learning.inUse')}</h3>
          <ModelInUse learned={learned} />
          {learned.undo && (
            <p>
              <button
                type="button"
                onClick={() => void undo()}
                disabled={saving}
                aria-describedby="learning-undo-hint"
                data-testid="learning-undo"
              >
                {t('learning.undo')}
              </button>{' '}
              <span id="learning-undo-hint" className="learning-note">
                {t('learning.undoHint')}
              </span>
            </p>
          )}
          <p role="status" data-testid="learning-outcome">
            {outcome?.kind === 'undone' && t('learning.undone')}
            {outcome?.kind === 'conflict' && t('learning.conflict')}
            {outcome?.kind === 'failed' && t('learning.failed', { message: outcome.message })}
          </p>
          <h3>{t('learning.historyTitle')}</h3>
          <ol className="learning-history" data-testid="learning-history">
            {learned.history.map((version) => (
              <li key={version.model}>
                {fmt.dateTime(version.trainedAt)}: {version.adopted ? t('learning.adopted') : t('learning.notAdopted')}{' '}
                ({percent(version.figures.accuracy)}, {percent(version.figures.containment)})
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
