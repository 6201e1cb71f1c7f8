// A reporter module: an async generator function over node's events.
export default async function* customReporter(source) {
  for await (const event of source) {
    switch (event.type) {
      case 'test:pass': yield `pass ${event.data.name} ${event.data.nesting}\n`; break;
      case 'test:fail': yield `fail ${event.data.name} ${event.data.details.error.failureType}\n`; break;
      case 'test:diagnostic': if (!event.data.message.startsWith('duration')) yield `diag ${event.data.message}\n`; break;
      case 'test:stdout': yield `stdout ${JSON.stringify(event.data.message)}\n`; break;
    }
  }
}
