// process.exitCode becomes the exit status when the loop drains.
process.on('exit', (code) => {
  console.log('exit listener sees', code, process.exitCode);
});
setTimeout(() => {
  process.exitCode = 3;
  console.log('set exitCode');
}, 1);
