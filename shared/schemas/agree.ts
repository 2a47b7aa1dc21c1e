/**
 * Compile-time proof that the schemas and the TypeScript contract are one: for every channel,
 * the request schema's input and output and the response schema's output are mutually assignable
 * with `Req<C>` / `Res<C>` of shared/api.ts. When a type in shared/api.ts or shared/domain.ts
 * changes without its schema (or the other way round), `npm run typecheck` names the channel here.
 * Nothing in this file runs.
 */
import type { z } from 'zod';
import type { Channel, Req, Res } from '../api';
import type { REQUEST_SCHEMAS } from './requests';
import type { RESPONSE_SCHEMAS } from './responses';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

type RequestOutAgrees = { [C in Channel]: Same<z.output<(typeof REQUEST_SCHEMAS)[C]>, Req<C>> };
type RequestInAgrees = { [C in Channel]: Same<z.input<(typeof REQUEST_SCHEMAS)[C]>, Req<C>> };
type ResponseAgrees = { [C in Channel]: Same<z.output<(typeof RESPONSE_SCHEMAS)[C]>, Res<C>> };

/** Fails to compile, naming the channel, when one entry is `false`. */
type AllTrue<T extends Record<Channel, true>> = T;
export type SchemasAgree = [AllTrue<RequestOutAgrees>, AllTrue<RequestInAgrees>, AllTrue<ResponseAgrees>];
