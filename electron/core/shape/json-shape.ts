/**
 * Builds the union shape of one JSON document from its tokens (@streamparser/json's Tokenizer),
 * never from parsed values: nothing but the token being read and the bounded shape tree is held,
 * so a member of several GB (a TikTok Watch History, a Takeout My Activity) streams in constant
 * memory whatever its nesting.
 */
import { Tokenizer, TokenType } from '@streamparser/json';
import { BOOLEAN, classifyNumber, classifyString, NULL, reduceKey, type ScalarClass } from './classify';
import { addScalar, ANY_KEY, arrayOf, collapseToMap, MAX_KEYS, newNode, objectOf, type ObjectShape, type ShapeNode } from './tree';

interface ObjectFrame {
  kind: 'object';
  shape: ObjectShape;
  /** Printed keys this instance had, so a key repeated in one object counts once. Dropped for maps. */
  seen: Set<string> | null;
  expectKey: boolean;
  /** The raw key of the value being read (decides kept literals), and its node. */
  key: string | undefined;
  target: ShapeNode | undefined;
}

interface ArrayFrame {
  kind: 'array';
  node: ShapeNode;
  items: number;
  /** The key the list sits under: its string items are classified as that key's values. */
  key: string | undefined;
}

type Frame = ObjectFrame | ArrayFrame;

export class JsonShapeBuilder {
  readonly root: ShapeNode = newNode();
  private readonly tokenizer = new Tokenizer();
  private readonly stack: Frame[] = [];
  private rootSeen = false;
  private error: Error | undefined;

  private check(): void {
    if (this.error) throw this.error;
  }

  constructor() {
    this.tokenizer.onToken = ({ token, value }) => this.onToken(token, value);
    this.tokenizer.onError = (err) => {
      this.error ??= err;
    };
  }

  write(chunk: Uint8Array | string): void {
    this.check();
    this.tokenizer.write(chunk);
    this.check();
  }

  /** Throws when the document is incomplete. */
  end(): void {
    this.check();
    if (this.stack.length > 0 || !this.rootSeen) throw new Error('the JSON text ends before it is complete');
    if (!this.tokenizer.isEnded) this.tokenizer.end();
    this.check();
  }

  /** Where the next value goes, and the key that names it. */
  private slot(): { node: ShapeNode; key: string | undefined } {
    const top = this.stack[this.stack.length - 1];
    if (top === undefined) {
      if (this.rootSeen) throw new Error('more than one JSON value in the file');
      this.rootSeen = true;
      return { node: this.root, key: undefined };
    }
    if (top.kind === 'array') {
      top.items++;
      const a = arrayOf(top.node);
      a.item ??= newNode();
      return { node: a.item, key: top.key };
    }
    if (top.target === undefined) throw new Error('a value where a key was expected');
    const slot = { node: top.target, key: top.key };
    top.target = undefined;
    return slot;
  }

  private scalar(c: ScalarClass): void {
    addScalar(this.slot().node, c);
  }

  private onKey(frame: ObjectFrame, raw: string): void {
    frame.expectKey = false;
    frame.key = raw;
    const o = frame.shape;
    let printed = o.isMap ? ANY_KEY : reduceKey(raw);
    if (!o.isMap && !o.keys.has(printed) && o.keys.size >= MAX_KEYS) {
      collapseToMap(o);
      frame.seen = null;
      printed = ANY_KEY;
    }
    let entry = o.keys.get(printed);
    if (!entry) {
      entry = { node: newNode(), count: 0 };
      o.keys.set(printed, entry);
    }
    if (o.isMap) {
      // A map counts as present in every instance (collapseToMap set it so).
      if (frame.seen !== null) frame.seen = null;
    } else if (frame.seen !== null && !frame.seen.has(printed)) {
      frame.seen.add(printed);
      entry.count++;
    }
    frame.target = entry.node;
  }

  private onToken(token: TokenType, value: unknown): void {
    const top = this.stack[this.stack.length - 1];
    switch (token) {
      case TokenType.LEFT_BRACE: {
        const { node, key } = this.slot();
        const shape = objectOf(node);
        shape.instances++;
        if (shape.isMap) shape.keys.get(ANY_KEY)!.count++;
        this.stack.push({ kind: 'object', shape, seen: shape.isMap ? null : new Set(), expectKey: true, key, target: undefined });
        return;
      }
      case TokenType.LEFT_BRACKET: {
        const { node, key } = this.slot();
        arrayOf(node);
        this.stack.push({ kind: 'array', node, items: 0, key });
        return;
      }
      case TokenType.RIGHT_BRACE:
      case TokenType.RIGHT_BRACKET: {
        const frame = this.stack.pop();
        if (frame?.kind === 'array') {
          const a = arrayOf(frame.node);
          a.maxItems = Math.max(a.maxItems, frame.items);
        }
        return;
      }
      case TokenType.COMMA:
        if (top?.kind === 'object') top.expectKey = true;
        return;
      case TokenType.COLON:
        return;
      case TokenType.STRING:
        if (top?.kind === 'object' && top.expectKey) this.onKey(top, String(value));
        else this.scalar(classifyString(String(value), top?.key));
        return;
      case TokenType.NUMBER:
        this.scalar(classifyNumber(Number(value)));
        return;
      case TokenType.TRUE:
      case TokenType.FALSE:
        this.scalar(BOOLEAN);
        return;
      case TokenType.NULL:
        this.scalar(NULL);
        return;
      default:
        return;
    }
  }
}
