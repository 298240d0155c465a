/**
 * The end of one attempt: its time limit and the caller's signal, as one signal for the transport and one
 * race for everything the attempt awaits. The signal alone is not enough: a transport may ignore it, and
 * Node's fetch leaves a body read pending forever after an abort when a `gzip` body turns out not to be
 * gzip. The race makes the attempt end on time whatever is still running below it.
 */
import { raiseListenerLimit } from './listeners.js'
import type { Clock } from '../retry/options.js'

/** Thrown into the attempt's signal when its time is up, so a timeout is never mistaken for an abort. */
export class AttemptTimeout extends Error {
  override name = 'TimeoutError' as const
}

const noop = (): void => {}

export interface Deadline {
  /** For the transport; `undefined` when the attempt has neither a time limit nor a caller's signal. */
  readonly signal: AbortSignal | undefined
  /** Settles as `work` does, or rejects with the signal's reason as soon as it fires, whichever is first. */
  within<T>(work: Promise<T>): Promise<T>
  /** Whether the time limit (not the caller) ended the attempt. */
  readonly timedOut: boolean
  /** The attempt is over: clears the timer and stops listening to the caller's signal. */
  end(): void
  /**
   * After `end()`, for an attempt that left its response unread: aborts the transport's signal if the
   * deadline made it (never the caller's), since that is the only hold on some connections (see Bounded).
   */
  release(): void
}

/** The reason a released attempt's signal carries: the attempt is over, nothing was cut short. */
export class AttemptReleased extends Error {
  override name = 'AbortError' as const
}

/** No limit and no signal: nothing to race, so nothing is allocated or listened to. */
const UNBOUNDED: Deadline = {
  signal: undefined,
  within: (work) => work,
  timedOut: false,
  end: noop,
  release: noop,
}

class Bounded implements Deadline {
  readonly signal: AbortSignal
  #controller: AbortController | undefined
  #cancelTimer: (() => void) | undefined
  #caller: AbortSignal | undefined
  #onCallerAbort: (() => void) | undefined
  /** Rejects the pending `within`; the attempt awaits one thing at a time. */
  #stop: (reason: unknown) => void = noop

  constructor(limitMs: number | undefined, caller: AbortSignal | undefined, clock: Clock) {
    // A signal has a price on Node 20: making an AbortController is costly there, and fetch follows the
    // signal with a WeakRef and a FinalizationRegistry entry per request. So one is made only for a time
    // limit; with just the caller's signal, that one is handed over as it is.
    if (limitMs === undefined) {
      this.signal = caller as AbortSignal
    } else {
      const controller = new AbortController()
      this.#controller = controller
      this.signal = controller.signal
      this.#cancelTimer = clock.setTimer(
        () => this.#fire(new AttemptTimeout(`timed out after ${limitMs} ms`)),
        limitMs,
      )
    }
    if (caller !== undefined) {
      this.#caller = caller
      this.#onCallerAbort = () => this.#fire(caller.reason)
      raiseListenerLimit(caller)
      caller.addEventListener('abort', this.#onCallerAbort, { once: true })
      if (caller.aborted) this.#fire(caller.reason)
    }
  }

  get timedOut(): boolean {
    return this.#controller?.signal.reason instanceof AttemptTimeout
  }

  #fire(reason: unknown): void {
    this.#controller?.abort(reason)
    this.#stop(reason)
  }

  within<T>(work: Promise<T>): Promise<T> {
    if (this.signal.aborted) {
      // The work may still settle later; its rejection is handled here rather than left unhandled.
      work.catch(noop)
      return Promise.reject(this.signal.reason)
    }
    return new Promise<T>((resolve, reject) => {
      this.#stop = reject
      work.then(resolve, reject)
    })
  }

  end(): void {
    this.#cancelTimer?.()
    this.#stop = noop
    if (this.#onCallerAbort) this.#caller?.removeEventListener('abort', this.#onCallerAbort)
  }

  // Node's fetch gives a 204, 205 or 304 whose head announces a body a null body, so nothing can cancel
  // it, and a 407 from an origin becomes a rejection; either way it keeps reading that connection, with
  // the socket ref'd, until the body ends, which a hostile server never lets happen. Aborting the
  // request's signal is what makes it destroy the connection; after a complete response it is a no-op.
  release(): void {
    const controller = this.#controller
    if (controller !== undefined && !controller.signal.aborted) {
      controller.abort(new AttemptReleased('the attempt is over; its response was not read'))
    }
  }
}

/** The deadline of one attempt: `limitMs` from now (if any), or the caller's abort (if any). */
export function startDeadline(
  limitMs: number | undefined,
  caller: AbortSignal | undefined,
  clock: Clock,
): Deadline {
  return limitMs === undefined && caller === undefined ? UNBOUNDED : new Bounded(limitMs, caller, clock)
}
