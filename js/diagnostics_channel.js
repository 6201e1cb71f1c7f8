'use strict';
// The `diagnostics_channel` builtin (gojanet): named channels that
// publishers publish to and subscribers listen on, stores bound to channels
// (AsyncLocalStorage contexts set while runStores runs), and tracing
// channels (start/end/asyncStart/asyncEnd/error around sync, callback and
// promise work). Written from node's documentation and checked against
// node 20.
//
// A channel without subscribers or stores is inactive: publish() does
// nothing and hasSubscribers is false, so publishers can check cheaply.
// A subscriber that throws does not stop the others; its error is thrown
// again on the next tick (an uncaught exception, as in node).

const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { validateFunction } = require('internal/validators');

// Channels by name. node holds them weakly (an unused channel can be
// collected); here they live as long as the runtime, which only matters for
// programs creating unbounded numbers of channel names.
const channels = new Map();

function rethrowLater(err) {
  process.nextTick(() => { throw err; });
}

class Channel {
  constructor(name) {
    this._subscribers = undefined;
    this._stores = undefined;
    this.name = name;
    channels.set(name, this);
  }

  static [Symbol.hasInstance](instance) {
    const proto = instance === null || typeof instance !== 'object' ? null : Object.getPrototypeOf(instance);
    return proto === Channel.prototype || proto === ActiveChannel.prototype;
  }

  subscribe(subscription) {
    activate(this);
    this.subscribe(subscription);
  }

  unsubscribe() { return false; }

  bindStore(store, transform) {
    activate(this);
    this.bindStore(store, transform);
  }

  unbindStore() { return false; }

  get hasSubscribers() { return false; }

  publish() {}

  runStores(data, fn, thisArg, ...args) {
    return Reflect.apply(fn, thisArg, args);
  }
}

// The prototype of a channel with subscribers or stores.
class ActiveChannel {
  subscribe(subscription) {
    validateFunction(subscription, 'subscription');
    // copy on write: a publish in progress keeps the list it started with
    this._subscribers = [...this._subscribers, subscription];
  }

  unsubscribe(subscription) {
    const i = this._subscribers.indexOf(subscription);
    if (i === -1) return false;
    this._subscribers = [...this._subscribers.slice(0, i), ...this._subscribers.slice(i + 1)];
    deactivateIfIdle(this);
    return true;
  }

  bindStore(store, transform) {
    this._stores.set(store, transform);
  }

  unbindStore(store) {
    if (!this._stores.has(store)) return false;
    this._stores.delete(store);
    deactivateIfIdle(this);
    return true;
  }

  get hasSubscribers() { return true; }

  publish(data) {
    const subscribers = this._subscribers;
    if (subscribers === undefined) return;
    for (let i = 0; i < subscribers.length; i++) {
      try {
        subscribers[i](data, this.name);
      } catch (err) {
        rethrowLater(err);
      }
    }
  }

  runStores(data, fn, thisArg, ...args) {
    let run = () => {
      this.publish(data);
      return Reflect.apply(fn, thisArg, args);
    };
    for (const [store, transform] of this._stores) {
      const next = run;
      run = () => {
        let context;
        try {
          context = transform === undefined ? data : transform(data);
        } catch (err) {
          rethrowLater(err);
          return next();
        }
        return store.run(context, next);
      };
    }
    return run();
  }
}

function activate(channel) {
  Object.setPrototypeOf(channel, ActiveChannel.prototype);
  channel._subscribers = [];
  channel._stores = new Map();
}

function deactivateIfIdle(channel) {
  if (channel._subscribers.length === 0 && channel._stores.size === 0) {
    Object.setPrototypeOf(channel, Channel.prototype);
    channel._subscribers = undefined;
    channel._stores = undefined;
  }
}

function channel(name) {
  const existing = channels.get(name);
  if (existing) return existing;
  if (typeof name !== 'string' && typeof name !== 'symbol') {
    throw new ERR_INVALID_ARG_TYPE('channel', ['string', 'symbol'], name);
  }
  return new Channel(name);
}

function subscribe(name, subscription) {
  return channel(name).subscribe(subscription);
}

function unsubscribe(name, subscription) {
  return channel(name).unsubscribe(subscription);
}

function hasSubscribers(name) {
  const c = channels.get(name);
  return c ? c.hasSubscribers : false;
}

const traceEvents = ['start', 'end', 'asyncStart', 'asyncEnd', 'error'];

function tracingChannelFrom(nameOrChannels, event) {
  if (typeof nameOrChannels === 'string') return channel(`tracing:${nameOrChannels}:${event}`);
  if (typeof nameOrChannels === 'object' && nameOrChannels !== null) {
    const c = nameOrChannels[event];
    if (!(c instanceof Channel)) throw new ERR_INVALID_ARG_TYPE(`nameOrChannels.${event}`, ['Channel'], c);
    return c;
  }
  throw new ERR_INVALID_ARG_TYPE('nameOrChannels', ['string', 'object', 'TracingChannel'], nameOrChannels);
}

class TracingChannel {
  constructor(nameOrChannels) {
    for (const event of traceEvents) {
      Object.defineProperty(this, event, { value: tracingChannelFrom(nameOrChannels, event) });
    }
  }

  get hasSubscribers() {
    return traceEvents.some((event) => this[event].hasSubscribers);
  }

  subscribe(handlers) {
    for (const event of traceEvents) {
      if (handlers[event]) this[event]?.subscribe(handlers[event]);
    }
  }

  unsubscribe(handlers) {
    let all = true;
    for (const event of traceEvents) {
      if (handlers[event] && !this[event]?.unsubscribe(handlers[event])) all = false;
    }
    return all;
  }

  traceSync(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { start, end, error } = this;
    return start.runStores(context, () => {
      try {
        const result = Reflect.apply(fn, thisArg, args);
        context.result = result;
        return result;
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  }

  tracePromise(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { start, end, asyncStart, asyncEnd, error } = this;
    const settled = () => {
      asyncStart.publish(context);
      asyncEnd.publish(context);
    };
    return start.runStores(context, () => {
      try {
        let promise = Reflect.apply(fn, thisArg, args);
        if (!(promise instanceof Promise)) promise = Promise.resolve(promise);
        return Promise.prototype.then.call(promise, (result) => {
          context.result = result;
          settled();
          return result;
        }, (err) => {
          context.error = err;
          error.publish(context);
          settled();
          return Promise.reject(err);
        });
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  }

  traceCallback(fn, position = -1, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { start, end, asyncStart, asyncEnd, error } = this;
    const callback = args.at(position);
    validateFunction(callback, 'callback');
    args.splice(position, 1, function wrappedCallback(err, res) {
      if (err) {
        context.error = err;
        error.publish(context);
      } else {
        context.result = res;
      }
      const self = this;
      const callArgs = arguments;
      asyncStart.runStores(context, () => {
        try {
          return Reflect.apply(callback, self, callArgs);
        } finally {
          asyncEnd.publish(context);
        }
      });
    });
    return start.runStores(context, () => {
      try {
        return Reflect.apply(fn, thisArg, args);
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  }
}

function tracingChannel(nameOrChannels) {
  return new TracingChannel(nameOrChannels);
}

module.exports = {
  channel,
  hasSubscribers,
  subscribe,
  tracingChannel,
  unsubscribe,
  Channel,
};

// net, dgram, child_process and http publish on these once they exist (see
// internal/net).
const { netChannels, httpChannels } = require('internal/net');
httpChannels.clientStart = channel('http.client.request.start');
httpChannels.clientError = channel('http.client.request.error');
httpChannels.clientFinish = channel('http.client.response.finish');
httpChannels.serverStart = channel('http.server.request.start');
httpChannels.serverFinish = channel('http.server.response.finish');
netChannels.client = channel('net.client.socket');
netChannels.server = channel('net.server.socket');
netChannels.udp = channel('udp.socket');
netChannels.childProcess = channel('child_process');
netChannels.worker = channel('worker_threads');
