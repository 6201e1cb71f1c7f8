// In an ES module, a function that writes the string gojanet's module
// wrapper once held as a directive keeps its receiver and arguments; the
// module's own scope stays a module's (this undefined, no arguments).
function h(a) {
  "gojanet module scope";
  return [this, typeof arguments, arguments.length, (() => this)()].join(' ');
}
console.log(h.call(5, 1), typeof this, typeof arguments);
