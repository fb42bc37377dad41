/**
 * Runs `f` once the view has rendered (RenderMark sets `html[data-rendered]`), or after two
 * seconds in modes that never set it: work the first view does not need (the search text, the
 * filter pickers, the timeline's parts below its chart) waits for it.
 */
export function whenRendered(f: () => void): void {
  const root = document.documentElement;
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    observer.disconnect();
    clearTimeout(timer);
    setTimeout(f, 0);
  };
  const observer = new MutationObserver(() => root.dataset.rendered && run());
  const timer = setTimeout(run, 2000);
  if (root.dataset.rendered) run();
  else observer.observe(root, { attributes: true, attributeFilter: ['data-rendered'] });
}
