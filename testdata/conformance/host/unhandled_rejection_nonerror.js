// Rejecting with a non-Error: the default handler still exits 1; the
// uncaughtException handler sees an ERR_UNHANDLED_REJECTION error.
process.on('uncaughtException', (err, origin) => {
  console.log(origin, err.name, err.code);
  console.log(err.message);
  process.exitCode = 3;
});
Promise.reject(42);
