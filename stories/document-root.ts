/**
 * Sets an attribute on `<html>` for one story and puts it back afterwards: the dialog and
 * toasts render outside the story root, so only the document root reaches them.
 */
export function onDocumentRoot(name: 'data-theme' | 'dir', value: string) {
  return () => {
    const root = document.documentElement;
    const previous = root.getAttribute(name);
    root.setAttribute(name, value);
    return () => {
      if (previous === null) root.removeAttribute(name);
      else root.setAttribute(name, previous);
    };
  };
}

/**
 * The page behind a dark story is dark too, with the host's own light text (the kit's heading
 * and empty state take the page's colour), so contrast is checked as a shopper sees it.
 */
export function darkPage() {
  const { style } = document.body;
  const previous = {
    background: style.background,
    color: style.color,
    colorScheme: style.colorScheme,
  };
  style.colorScheme = 'dark';
  style.background = 'var(--wallet-background)';
  style.color = 'var(--wallet-foreground)';
  return () => {
    style.background = previous.background;
    style.color = previous.color;
    style.colorScheme = previous.colorScheme;
  };
}
