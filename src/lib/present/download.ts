/**
 * Saves a Blob as a file: a Blob URL on a temporary <a download>. The URL is revoked a moment
 * later, not at once, because some browsers start reading it only after the click returns.
 */
export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
