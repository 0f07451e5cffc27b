import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

function RenderFailed({ onReset }: { onReset: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="error" role="alert" data-testid="error" data-error-code="render_failed">
      <span className="error-text">{t('errors.render')}</span>
      <button type="button" className="button button-small" onClick={onReset}>
        {t('errors.retry')}
      </button>
    </div>
  );
}

/** Unexpected data must not blank the console: the failing part shows an error instead. */
export class ErrorBoundary extends Component<
  { children: ReactNode; resetKey?: string | null },
  { failed: boolean; key?: string | null }
> {
  override state: { failed: boolean; key?: string | null } = { failed: false, key: this.props.resetKey };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  static getDerivedStateFromProps(
    props: { resetKey?: string | null },
    state: { failed: boolean; key?: string | null },
  ) {
    return props.resetKey !== state.key ? { failed: false, key: props.resetKey } : null;
  }

  override componentDidCatch(error: unknown): void {
    console.error('Switchboard view failed to render', error);
  }

  override render() {
    if (this.state.failed) return <RenderFailed onReset={() => this.setState({ failed: false })} />;
    return this.props.children;
  }
}
