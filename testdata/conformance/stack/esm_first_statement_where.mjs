export const where = (e) => /:(\d+:\d+)\)?$/.exec(e.stack.split('\n')[1])[1];
