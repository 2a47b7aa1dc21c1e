/**
 * The "parent port" adapter: one small interface over the three ways a core can be reached, so
 * the host loop (host.ts) and the client (client.ts) never know which one they run on.
 *
 *   Electron utilityProcess   core side: process.parentPort (MessageEvent.data)
 *                             main side: UtilityProcess.postMessage / 'message' / 'exit'
 *   child_process.fork         core side: process.send / process 'message' (tests, bench)
 *                             main side: ChildProcess.send / 'message' / 'exit'
 *                             (fork with serialization 'advanced': structured clone, like Electron)
 *   in process                 a pair of ports that structuredClone every message (CLI-style use,
 *                             unit tests): the same protocol, no second process.
 */
import { EventEmitter } from 'node:events';

/** The core's end: where it reads requests and posts answers. */
export interface HostPort {
  post(message: unknown): void;
  onMessage(listener: (message: unknown) => void): void;
  /** The parent went away (fork: IPC disconnected). Electron kills a utility process with its parent. */
  onDisconnect(listener: () => void): void;
}

/** Main's end: the core process as main sees it. */
export interface CoreProcess {
  post(message: unknown): void;
  onMessage(listener: (message: unknown) => void): void;
  onExit(listener: (code: number | null) => void): void;
  kill(): void;
}

/** Structural slice of Electron's ParentPort (no electron import in the core). */
interface ParentPortLike {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (e: { data: unknown }) => void): unknown;
}

/** The core side of whichever channel this process was started with. */
export function parentPort(proc: NodeJS.Process = process): HostPort {
  const electronPort = (proc as unknown as { parentPort?: ParentPortLike | null }).parentPort;
  if (electronPort) {
    return {
      post: (m) => electronPort.postMessage(m),
      onMessage: (fn) => void electronPort.on('message', (e) => fn(e.data)),
      onDisconnect: () => undefined,
    };
  }
  const send = proc.send?.bind(proc);
  if (!send) throw new Error('The core host needs a parent: start it with utilityProcess.fork or child_process.fork.');
  return {
    post: (m) => void send(m),
    onMessage: (fn) => void proc.on('message', fn),
    onDisconnect: (fn) => void proc.once('disconnect', fn),
  };
}

/** Structural slice of Electron's UtilityProcess and of Node's ChildProcess. */
export interface UtilityProcessLike {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  once(event: 'exit', listener: (code: number) => void): unknown;
  kill(): boolean;
}

export function fromUtilityProcess(child: UtilityProcessLike): CoreProcess {
  return {
    post: (m) => child.postMessage(m),
    onMessage: (fn) => void child.on('message', fn),
    onExit: (fn) => void child.once('exit', (code) => fn(code)),
    kill: () => void child.kill(),
  };
}

export interface ForkedChildLike {
  send(message: unknown): boolean;
  connected: boolean;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  once(event: 'exit', listener: (code: number | null) => void): unknown;
  kill(): boolean;
}

export function fromForkedChild(child: ForkedChildLike): CoreProcess {
  return {
    post: (m) => {
      if (child.connected) child.send(m);
    },
    onMessage: (fn) => void child.on('message', fn),
    onExit: (fn) => void child.once('exit', fn),
    kill: () => void child.kill(),
  };
}

/**
 * Both ends in this process. Each message is structured-cloned and delivered on a later tick,
 * as it would be across a process boundary, so what works here is what crosses one.
 */
export function inProcessPair(): { host: HostPort; core: CoreProcess } {
  const toHost = new EventEmitter();
  const toMain = new EventEmitter();
  const exit = new EventEmitter();
  const deliver = (to: EventEmitter, m: unknown) => {
    const copy = structuredClone(m);
    setImmediate(() => to.emit('message', copy));
  };
  return {
    host: {
      post: (m) => deliver(toMain, m),
      onMessage: (fn) => void toHost.on('message', fn),
      onDisconnect: (fn) => void exit.once('disconnect', fn),
    },
    core: {
      post: (m) => deliver(toHost, m),
      onMessage: (fn) => void toMain.on('message', fn),
      onExit: (fn) => void exit.once('exit', fn),
      kill: () => {
        exit.emit('disconnect');
        exit.emit('exit', null);
      },
    },
  };
}
