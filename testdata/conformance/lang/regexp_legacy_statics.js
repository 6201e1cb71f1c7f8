// RegExp.$1 & co. (legacy static properties, V8's): empty at start, then the last
// successful match of a builtin exec, test, match, matchAll, replace, search
// or split; a failed match leaves them; input has a setter, the others ignore
// assignment.
console.log(Object.getOwnPropertyNames(RegExp).join(","), Object.getOwnPropertyDescriptor(RegExp,"$1").get.name, Object.getOwnPropertyDescriptor(RegExp,"$1").set.name, Object.getOwnPropertyDescriptor(RegExp,"input").set.name);
console.log(JSON.stringify([RegExp.$_, RegExp.$1, RegExp.lastMatch, RegExp.leftContext]));
/(\d+)-(\w+)/.test('x 12-ab y');
console.log(RegExp.$1, RegExp.$2, RegExp.lastMatch, RegExp['$&'], RegExp.input, RegExp.$_, RegExp.leftContext, RegExp.rightContext, RegExp.lastParen, RegExp['$+'], JSON.stringify(RegExp.$3));
'abc'.replace(/b/, 'X'); console.log(RegExp.lastMatch, RegExp['$`'], RegExp["$'"]);
"a1b2".replace(/(\d)/g, (m) => { console.log("cb", m, RegExp.$1); return ""; }); console.log("after", RegExp.$1);
"héllo wörld".replace(/(w.r)/, ""); console.log(RegExp.$1, RegExp.leftContext, RegExp.rightContext);
"x".match(/(y)/); console.log(JSON.stringify(RegExp.$1));
"ab".match(/(a)|(b)/g); console.log(JSON.stringify([RegExp.$1, RegExp.$2, RegExp.lastParen, RegExp.lastMatch]));
[..."a1b2".matchAll(/\d/g)]; console.log(RegExp.lastMatch);
"zz".search(/z/); console.log(RegExp.rightContext);
/(?<n>q)/.exec("q"); console.log(RegExp.$1);
"aXb".split(/(X)/); console.log(RegExp.$1, RegExp.leftContext);
/a(b)?/.exec("a"); console.log(JSON.stringify([RegExp.$1, RegExp.lastParen]));
RegExp.$1 = "q"; console.log(JSON.stringify(RegExp.$1));
RegExp.$_ = 5; console.log(typeof RegExp.input, RegExp.input, JSON.stringify(RegExp.lastMatch));
/😀(x)/u.exec("a😀xb"); console.log(RegExp.$1, RegExp.leftContext, RegExp.rightContext, RegExp.lastMatch);
class R extends RegExp {}; new R("(c)").exec("c"); console.log(RegExp.$1);
