/**
 * What a person sees instead of a blank screen when rendering fails: around the whole atlas, a
 * message with a reload button (the link keeps the place); around the map, a message that offers
 * the List view while the rest of the atlas keeps working. The error's message is shown as text.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { translate, type Lang } from '../i18n/strings';

interface ErrorBoundaryProps {
  children: ReactNode;
  /** `page`: the whole atlas failed. `map`: only the map did. */
  scope: 'page' | 'map';
  /** The interface language; for the page, read from <html lang> (kept by the App). */
  lang?: Lang;
  /** The map's fallback offers the List view through this. */
  onShowList?: () => void;
}

interface ErrorBoundaryState {
  error: Error | null;
}

function TechnicalDetails({ lang, error }: { lang: Lang; error: Error }) {
  return (
    <details>
      <summary>{translate(lang, 'errorDetails')}</summary>
      <pre>{error.message}</pre>
    </details>
  );
}

const pageLang = (): Lang => (document.documentElement.lang === 'en' ? 'en' : 'ja');

export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`Bluebook Atlas (${this.props.scope}):`, error, info.componentStack);
  }

  render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    const lang = this.props.lang ?? pageLang();
    if (this.props.scope === 'map')
      return (
        <div className="status error map-error" role="alert">
          <p>{translate(lang, 'mapCrashed')}</p>
          {this.props.onShowList && (
            <button type="button" onClick={this.props.onShowList}>
              {translate(lang, 'showListInstead')}
            </button>
          )}
          <TechnicalDetails lang={lang} error={error} />
        </div>
      );
    return (
      <div className="crash" role="alert">
        <h1>{translate(lang, 'appTitle')}</h1>
        <h2>{translate(lang, 'errorTitle')}</h2>
        <p>{translate(lang, 'errorBody')}</p>
        <button type="button" onClick={() => window.location.reload()}>
          {translate(lang, 'errorReload')}
        </button>
        <TechnicalDetails lang={lang} error={error} />
      </div>
    );
  }
}
