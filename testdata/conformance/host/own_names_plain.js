// Plain CommonJS that merely mentions gojanet's names gets node's wrapper:
// five arguments, and none of the names bound.
console.log(arguments.length, typeof __gojanet_import, typeof __gojanet_tla, typeof __gojanet_exports);
