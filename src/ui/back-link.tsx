import { AppLink as Link } from './app-link';

export function BackLink({ to, label }: { to: string; label: string }) {
  return (
    <Link to={to} className="back-link">
      {label}
    </Link>
  );
}
