import { countryName } from '../lib/countries';

export function CountryText({ code }: { code: string | null | undefined }) {
  if (!code) return <span className="muted">Unknown</span>;
  return (
    <span title={code.toUpperCase()}>
      {countryName(code)} <span className="muted code">{code.toUpperCase()}</span>
    </span>
  );
}
