/**
 * URLs in Meta records. An Instagram or Facebook export bundles the person's own media as local
 * files (`uri: "media/posts/…jpg"`), so serving hosts show up only where a URL was written as
 * text: a link pasted into a message, a shared post's `share.link`, an `href`, an attachment's
 * `external_context.url` (reference §2.4, §3 (b)). Every such URL is collected; hosts are counted
 * per URL occurrence downstream.
 */

const URL_IN_TEXT_RE = /\bhttps?:\/\/[^\s<>"'`]+/gi;
/** Punctuation that ends a sentence rather than the URL (`see https://x.example/a.`). */
const TRAILING_RE = /[.,;:!?'")\]}>]+$/;

/** Whether a value is one absolute http(s) URL with a host. */
export function isHttpUrl(text: string): boolean {
  if (!/^https?:\/\//i.test(text) || /\s/.test(text)) return false;
  try {
    return new URL(text).hostname !== '';
  } catch {
    return false;
  }
}

/** Every http(s) URL written inside free text, trailing sentence punctuation removed. */
export function urlsInText(text: string): string[] {
  const out: string[] = [];
  for (const match of text.match(URL_IN_TEXT_RE) ?? []) {
    let url = match.replace(TRAILING_RE, '');
    // Keep a closing parenthesis that belongs to the URL (`…/Foo_(bar)`).
    if (match.length > url.length && match[url.length] === ')' && url.split('(').length > url.split(')').length) url += ')';
    if (isHttpUrl(url)) out.push(url);
  }
  return out;
}

/**
 * Collects URLs into a list that keeps order and drops repeats within one record: a link written
 * both as `share.link` and in the message text is one link of that message.
 */
export class UrlList {
  private readonly seen = new Set<string>();
  readonly urls: string[] = [];

  /** Adds a value that should be a URL (an href, a link field); anything else is ignored. */
  addLink(value: unknown): void {
    if (typeof value !== 'string') return;
    const text = value.trim();
    if (isHttpUrl(text)) this.push(text);
  }

  /** Adds every URL found in free text. */
  addText(value: unknown): void {
    if (typeof value === 'string' && value.includes('://')) for (const url of urlsInText(value)) this.push(url);
  }

  private push(url: string): void {
    if (this.seen.has(url)) return;
    this.seen.add(url);
    this.urls.push(url);
  }
}
