package goja

// gojanet: promise hooks, what V8 gives node as its PromiseHook (node builds
// v8.promiseHooks and async_hooks' PROMISE resources on it).
//
// The path: every native promise is made by newPromiseParent, which reports
// Init with the promise then() was called on (then's derived promise) or,
// for await, the promise awaited (the throwaway promise V8 makes while
// hooks are set; goja's await needs none otherwise). fulfill and reject
// report Settled. A reaction job (a then callback, an await continuation)
// and a thenable job (a promise resolved with a thenable calls its then)
// run between Before and After with the promise the job resolves: then's
// derived promise, await's throwaway, the promise being resolved. A
// reaction with no promise of its own (goja's internal ones) reports none,
// as V8 skips a reaction whose capability is not a native promise.
//
// With no hooks set each of those places costs one nil check.

// PromiseHooks are the four callbacks; any may be nil. They run on the
// VM's goroutine in the middle of promise machinery: they must not panic
// (a host that calls JavaScript from them catches what it throws).
type PromiseHooks struct {
	// Init: promise was made; parent is the promise whose then() or await
	// made it, nil when none.
	Init func(promise, parent *Object)
	// Before and After surround a job that resolves promise.
	Before, After func(promise *Object)
	// Settled: promise was fulfilled or rejected (not when it was resolved
	// with a thenable: that settles later, through the thenable).
	Settled func(promise *Object)
}

// SetPromiseHooks installs hooks; nil (or all four nil) removes them.
func (r *Runtime) SetPromiseHooks(hooks *PromiseHooks) {
	if hooks != nil && hooks.Init == nil && hooks.Before == nil && hooks.After == nil && hooks.Settled == nil {
		hooks = nil
	}
	r.promiseHooks = hooks
}

// awaitHooked is asyncRunner.step's await while hooks are set: V8's
// promises of an await. A value that is not a promise is wrapped in one
// whose parent is the async function's promise; the continuation resolves a
// throwaway promise whose parent is the awaited one, so that the hooks see
// one promise per await and Before/After around the continuation.
func (ar *asyncRunner) awaitHooked(res Value) {
	r := ar.f.runtime
	promise := r.promiseResolveParent(r.getPromise(), res, ar.promiseCap.promise)
	throwaway := r.newPromiseParent(r.getPromisePrototype(), promise)
	throwaway.handled = true
	capability := &promiseCapability{promise: throwaway.val}
	capability.resolveObj, capability.rejectObj = throwaway.createResolvingFunctions()
	promise.self.(*Promise).addReactions(&promiseReaction{
		capability:  capability,
		typ:         promiseReactionFulfill,
		handler:     &jobCallback{callback: ar.onFulfilled},
		asyncRunner: ar,
	}, &promiseReaction{
		capability:  capability,
		typ:         promiseReactionReject,
		handler:     &jobCallback{callback: ar.onRejected},
		asyncRunner: ar,
	})
}

// SetResolveAfterResolved calls f when a promise's resolve or reject
// function is called after the promise was already resolved (V8's
// kPromiseResolveAfterResolved / kPromiseRejectAfterResolved, node's
// 'multipleResolves'); reject tells which. nil removes it. f must not
// panic; it runs inside the resolving function's call.
func (r *Runtime) SetResolveAfterResolved(f func(promise *Object, reject bool, value Value)) {
	r.resolveAfterResolved = f
}

// QueueJob queues job as a microtask: it runs with the promise jobs, in
// order, without a promise of its own (node's enqueueMicrotask, which
// promise hooks do not see).
func (r *Runtime) QueueJob(job func()) {
	r.enqueuePromiseJob(job)
}
