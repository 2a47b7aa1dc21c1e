/**
 * Builds the union shape of one JSON document from its tokens (the importers' JSON engine walking
 * it with a token sink, importers/common/json-engine.ts, which also checks the grammar), never
 * from parsed values: nothing but the token being read and the bounded shape tree is held, so a
 * member of several GB (a TikTok Watch History, a Takeout My Activity) streams in constant memory
 * whatever its nesting.
 */
import { StringDecoder } from 'node:string_decoder';
import { JsonEngine, JsonTextError, type JsonTokenSink } from '../importers/common/json-engine';
import { BOOLEAN, classifyNumber, classifyString, NULL, reduceKey, type ScalarClass } from './classify';
import { addScalar, ANY_KEY, arrayOf, collapseToMap, MAX_KEYS, newNode, objectOf, type ObjectShape, type ShapeNode } from './tree';

interface ObjectFrame {
  kind: 'object';
  shape: ObjectShape;
  /** Printed keys this instance had, so a key repeated in one object counts once. Dropped for maps. */
  seen: Set<string> | null;
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

export class JsonShapeBuilder implements JsonTokenSink {
  readonly root: ShapeNode = newNode();
  private readonly engine = new JsonEngine([], undefined, false, this);
  private readonly decoder = new StringDecoder('utf8');
  private readonly stack: Frame[] = [];

  write(chunk: Uint8Array | string): void {
    this.engine.write(typeof chunk === 'string' ? chunk : this.decoder.write(chunk));
  }

  /** Throws when the document is incomplete. */
  end(): void {
    try {
      const rest = this.decoder.end();
      if (rest.length > 0) this.engine.write(rest);
      this.engine.end();
    } catch (err) {
      if (err instanceof JsonTextError && err.char === undefined) throw new Error('the JSON text ends before it is complete', { cause: err });
      throw err;
    }
  }

  /** Where the next value goes, and the key that names it. */
  private slot(): { node: ShapeNode; key: string | undefined } {
    const top = this.stack[this.stack.length - 1];
    // The engine refuses a second top-level value and a value where a key belongs.
    if (top === undefined) return { node: this.root, key: undefined };
    if (top.kind === 'array') {
      top.items++;
      const a = arrayOf(top.node);
      a.item ??= newNode();
      return { node: a.item, key: top.key };
    }
    if (top.target === undefined) throw new Error('internal: a value before its key');
    const slot = { node: top.target, key: top.key };
    top.target = undefined;
    return slot;
  }

  private scalarOf(c: ScalarClass): void {
    addScalar(this.slot().node, c);
  }

  private onKey(frame: ObjectFrame, raw: string): void {
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

  open(isArray: boolean): void {
    const { node, key } = this.slot();
    if (isArray) {
      arrayOf(node);
      this.stack.push({ kind: 'array', node, items: 0, key });
      return;
    }
    const shape = objectOf(node);
    shape.instances++;
    if (shape.isMap) shape.keys.get(ANY_KEY)!.count++;
    this.stack.push({ kind: 'object', shape, seen: shape.isMap ? null : new Set(), key, target: undefined });
  }

  close(): void {
    const frame = this.stack.pop();
    if (frame?.kind === 'array') {
      const a = arrayOf(frame.node);
      a.maxItems = Math.max(a.maxItems, frame.items);
    }
  }

  key(key: string): void {
    const top = this.stack[this.stack.length - 1];
    if (top?.kind === 'object') this.onKey(top, key);
  }

  scalar(value: string | number | boolean | null): void {
    const top = this.stack[this.stack.length - 1];
    if (typeof value === 'string') this.scalarOf(classifyString(value, top?.key));
    else if (typeof value === 'number') this.scalarOf(classifyNumber(value));
    else if (typeof value === 'boolean') this.scalarOf(BOOLEAN);
    else this.scalarOf(NULL);
  }
}
