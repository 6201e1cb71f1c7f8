// The string gojanet's module wrapper once held as a directive is an
// ordinary one in a script: a function that writes it keeps its receiver
// and its arguments.
'use strict';
function h(a) {
  'use strict';
  'gojanet module scope';
  return [this, typeof arguments, arguments.length, (() => this)(), eval('this')].join(' ');
}
const g = function () { "use strict"; "gojanet module scope"; return typeof this; };
console.log(h.call(5, 1));
console.log(g.call({}), g.call('s'));
console.log(typeof this, this === module.exports);
