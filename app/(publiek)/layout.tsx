// Public pages: no access check here; each page decides what a visitor sees.
export default function PubliekLayout({ children }: { children: React.ReactNode }) {
  return children;
}
