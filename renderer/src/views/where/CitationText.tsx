/** Member and RFC 6901 pointer of a record, as the rest of the app cites it. */
export function CitationText({ member, pointer }: { member: string; pointer: string }) {
  return (
    <span className="citation-text">
      <code className="break">{member}</code> <code className="break">{pointer || '/'}</code>
    </span>
  );
}
