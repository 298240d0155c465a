/**
 * Node warns (`MaxListenersExceededWarning`) once an AbortSignal has more than 10 'abort' listeners, as it
 * would for a leak. One signal shared by many concurrent calls (a request scope, a component's lifetime)
 * gets one listener per call in flight, each removed when its call ends: many, but no leak. So the client
 * lifts the limit on the signals it is given, as undici's own fetch does (to 1,500) for its Request signals.
 *
 * The core is also bundled for browsers, where no such warning exists, so `node:events` is not imported:
 * Node >= 20.16 hands its built-in modules out through `process.getBuiltinModule`, found at run time. On
 * older Node 20 releases the warning remains (it is only a warning).
 */

type SetMaxListeners = (n: number, ...targets: EventTarget[]) => void

interface NodeProcess {
  readonly getBuiltinModule?: (id: string) => { readonly setMaxListeners?: SetMaxListeners } | undefined
}

/** Looked up on first use; `null` where the runtime has no such thing. */
let setMaxListeners: SetMaxListeners | null | undefined

function lookUp(): SetMaxListeners | null {
  const process = (globalThis as { process?: NodeProcess }).process
  try {
    return process?.getBuiltinModule?.('node:events')?.setMaxListeners ?? null
  } catch {
    return null
  }
}

const raised = new WeakSet<AbortSignal>()

/** Lets `signal` carry any number of listeners without a warning (0 is Node's "unlimited"). */
export function raiseListenerLimit(signal: AbortSignal): void {
  if (raised.has(signal)) return
  raised.add(signal)
  setMaxListeners ??= lookUp()
  setMaxListeners?.(0, signal)
}
