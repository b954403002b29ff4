import { Component, lazy, Suspense, useEffect, useState, type ComponentType, type ReactNode } from "react";

type Loaded<P> = ComponentType<P> | { default: ComponentType<P> };

/** Shows the placeholder instead of a part whose chunk failed to load (it would otherwise unmount the page). */
class LoadFailed extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: unknown) {
    console.error("newsquiz: a part of the page could not be loaded:", error);
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

/**
 * `next/dynamic` in the reader's bundle, for the `ssr: false` parts (account menu, review badge, reading
 * progress, "Assign to a class"): the placeholder until the page has hydrated (what the server wrote), then
 * the part from its own chunk.
 */
export default function dynamic<P extends object>(load: () => Promise<Loaded<P>>, options: { ssr?: boolean; loading?: () => ReactNode } = {}) {
  const Lazy = lazy(async () => {
    const loaded = await load();
    return { default: "default" in loaded ? loaded.default : loaded };
  });
  return function DynamicPart(props: P) {
    const [mounted, setMounted] = useState(false);
    useEffect(() => setMounted(true), []);
    const fallback = options.loading ? options.loading() : null;
    if (!mounted) return fallback;
    return (
      <LoadFailed fallback={fallback}>
        <Suspense fallback={fallback}>
          <Lazy {...props} />
        </Suspense>
      </LoadFailed>
    );
  };
}
