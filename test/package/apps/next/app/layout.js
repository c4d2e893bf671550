import 'saved-card-kit/styles.css';

export const metadata = { title: 'saved-card-kit in a Next.js app', icons: 'data:,' };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
