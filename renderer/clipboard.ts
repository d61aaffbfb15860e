// Copy to the clipboard: the async Clipboard API where allowed, the old selection-based copy
// otherwise (some locked-down PCs and headless browsers refuse the first).
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    // execCommand is deprecated but remains the only fallback when the Clipboard API is refused.
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}
