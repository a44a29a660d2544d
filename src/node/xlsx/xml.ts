/**
 * A small streaming XML tokenizer for the parts of a SpreadsheetML package: start and end tags with
 * their attributes, and text with entities decoded. Element names lose their namespace prefix
 * (`x:row` is `row`: some writers prefix SpreadsheetML); attribute names keep theirs.
 */
export type XmlEvent =
  | { readonly kind: 'open'; readonly name: string; readonly attrs: Readonly<Record<string, string>>; readonly empty: boolean }
  | { readonly kind: 'close'; readonly name: string }
  | { readonly kind: 'text'; readonly text: string };

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e] ?? m;
  });
}

const localName = (qname: string): string => qname.slice(qname.indexOf(':') + 1);

function parseTag(body: string): XmlEvent {
  if (body[0] === '/') return { kind: 'close', name: localName(body.slice(1).trim()) };
  const empty = body.endsWith('/');
  const inner = empty ? body.slice(0, -1) : body;
  const m = /^[^\s/>]+/.exec(inner);
  const name = localName(m ? m[0] : '');
  const attrs: Record<string, string> = {};
  const re = /([^\s=]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
  let a: RegExpExecArray | null;
  re.lastIndex = m ? m[0].length : 0;
  while ((a = re.exec(inner)) !== null) attrs[a[1]] = decodeEntities(a[3] ?? a[4] ?? '');
  return { kind: 'open', name, attrs, empty };
}

/** The end of a tag that starts at `from` ('<'), skipping '>' inside quoted attribute values; -1 if not yet in the buffer. */
function tagEnd(buf: string, from: number): number {
  let quote = '';
  for (let i = from + 1; i < buf.length; i++) {
    const ch = buf[i];
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '>') return i;
  }
  return -1;
}

/** Tokens of an XML byte stream, in batches (one per chunk read), so memory stays at one chunk. */
export async function* xmlEvents(source: AsyncIterable<Buffer | string>): AsyncGenerator<XmlEvent[]> {
  const decoder = new TextDecoder('utf-8');
  let buf = '';
  let first = true;
  const drain = (final: boolean): XmlEvent[] => {
    const out: XmlEvent[] = [];
    let pos = 0;
    for (;;) {
      const lt = buf.indexOf('<', pos);
      if (lt < 0) {
        if (final && pos < buf.length) out.push({ kind: 'text', text: decodeEntities(buf.slice(pos)) });
        pos = final ? buf.length : pos;
        break;
      }
      if (lt > pos) out.push({ kind: 'text', text: decodeEntities(buf.slice(pos, lt)) });
      pos = lt;
      if (buf.startsWith('<!--', lt)) {
        const end = buf.indexOf('-->', lt + 4);
        if (end < 0) break;
        pos = end + 3;
      } else if (buf.startsWith('<![CDATA[', lt)) {
        const end = buf.indexOf(']]>', lt + 9);
        if (end < 0) break;
        out.push({ kind: 'text', text: buf.slice(lt + 9, end) });
        pos = end + 3;
      } else if (buf.startsWith('<?', lt) || buf.startsWith('<!', lt)) {
        const end = buf.indexOf('>', lt);
        if (end < 0) break;
        pos = end + 1;
      } else {
        const end = tagEnd(buf, lt);
        if (end < 0) break;
        out.push(parseTag(buf.slice(lt + 1, end).trim()));
        pos = end + 1;
      }
    }
    buf = buf.slice(pos);
    return out;
  };
  for await (const chunk of source) {
    let text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    if (first) {
      text = text.replace(/^\uFEFF/, '');
      first = false;
    }
    buf += text;
    const events = drain(false);
    if (events.length > 0) yield events;
  }
  buf += decoder.decode();
  const rest = drain(true);
  if (rest.length > 0) yield rest;
}

/** An attribute by local name whatever its prefix (`r:id`, `ns2:id`), for the relationship ids writers prefix differently. */
export function prefixedAttr(attrs: Readonly<Record<string, string>>, local: string): string | undefined {
  for (const k of Object.keys(attrs)) if (k.includes(':') && localName(k) === local) return attrs[k];
  return undefined;
}

/** OOXML's escape for characters XML cannot carry: `_x000D_` is a carriage return, `_x005F_` a literal underscore. */
export function decodeXstring(s: string): string {
  if (!s.includes('_x')) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}
