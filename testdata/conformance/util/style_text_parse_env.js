'use strict';
const util = require('util');
const cases = [
  'A=1\nB="x y"\n#c\nC=3 # comment',
  'export D=4\n  E = 5  \nF=\nG',
  "H='single # not comment'\nI=`back`\nJ=\"multi\nline\"\nK=\"esc\\nnl\"\nL='esc\\nraw'",
  'M=a=b=c\nN="unterminated\nO=after',
  'P=  spaced value  \nQ="  keep  "\r\nR=crlf\r\n',
  'S=1\nS=2',
  ' # only comment\n\n=novalue\nT=#hash\nU=x#y',
  'V="quoted" trailing\nW="a"#c',
  'T=#hash', 'U=x#y', '=novalue\nX=1', ' # only comment\nX=1', 'X=1\n # c\nY=2', 'A=1 #c\nB=2', 'A= #c',
  'A="x" #c\nB=1', 'A=a b c', "A='q' x", 'A', 'A\nB=1', 'A B=1', 'export  A=1', ' A=1', 'A =1', 'A=""',
  'A="x\\ty"', 'A=x\\ny', 'Z=1\nA=2\nM=3', '',
];
for (const c of cases) console.log(JSON.stringify(c), util.parseEnv(c));
try { util.parseEnv(1); } catch (e) { console.log(e.code, e.message); }
console.log(JSON.stringify(util.styleText('red', 'plain when not a tty')));
console.log(JSON.stringify(util.styleText('red', 'forced', { validateStream: false })));
console.log(JSON.stringify(util.styleText(['bold', 'underline', 'bgBlue'], 'arr')));
console.log(JSON.stringify(util.styleText('gray', 'g', { validateStream: false })), JSON.stringify(util.styleText('grey', 'g', { validateStream: false })));
try { util.styleText('nope', 'x'); } catch (e) { console.log(e.code, e.message); }
try { util.styleText(['red', 'nope'], 'x'); } catch (e) { console.log(e.code, e.message); }
try { util.styleText('red', 1); } catch (e) { console.log(e.code, e.message); }
try { util.styleText('red', 'x', { stream: 1 }); } catch (e) { console.log(e.code, e.message); }
