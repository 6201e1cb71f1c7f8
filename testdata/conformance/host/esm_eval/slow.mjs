export let value = 'unset';
await new Promise((resolve) => setTimeout(resolve, 30));
value = 'set after await';
