import { Component, type ReactNode } from 'react';
import { RouteError } from './route-error';

type State = { failed: boolean };

/** Catches a crashed screen and shows a calm page that still has the quick exit. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? <RouteError /> : this.props.children;
  }
}
