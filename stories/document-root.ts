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
