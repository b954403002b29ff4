/**
 * The filled part of a progress bar, `fraction` (0–1) of its track's width. Drawn as SVG whose width is an
 * attribute, not a style: the Content-Security-Policy allows no inline styles (see the README).
 */
export function BarFill({ fraction, className }: { fraction: number; className?: string }) {
  const width = Math.max(0, Math.min(1, fraction)) * 100;
  return (
    <svg className={className ? `bar-fill ${className}` : "bar-fill"} viewBox="0 0 100 1" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect width={width} height="1" />
    </svg>
  );
}
