// A module declaring esbuild's helper names itself (a bundle esbuild made,
// as prettier's index.mjs is): its own stay its own, and import() works.
var __toESM = (mod) => 'own ' + typeof mod;
var __copyProps = 'mine';
function __create() { return 'made'; }
import * as path from 'path';
console.log(__toESM(1), __copyProps, __create(), typeof path.join);
const fs = await import('fs');
console.log(typeof fs.readFileSync, __toESM('x'));
{
  const __defProp = 'block';
  console.log(__defProp, typeof __getProtoOf);
}
