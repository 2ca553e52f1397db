// One Typst compile as a new process, the peer of `briefbook export` run cold:
//   node typst-cold.cjs TEMPLATE DATA.json OUT.pdf FONT.ttf...
// Plain CommonJS, as bin/briefbook.js is, so that nothing but Node and the Typst addon loads
// (an ES module would also start Node's ES module loader, ~15-40 ms of CPU neither tool needs).
const { readFileSync, writeFileSync } = require('node:fs');
const path = require('node:path');
const typst = require('@myriaddreamin/typst-ts-node-compiler');

const [template, dataFile, out, ...fontPaths] = process.argv.slice(2);
const compiler = typst.NodeCompiler.create({ workspace: path.dirname(template), fontArgs: [{ fontPaths }] });
compiler.mapShadow(path.join(path.dirname(template), 'briefing.json'), readFileSync(dataFile));
const compiled = compiler.compile({ mainFilePath: template });
if (!compiled.result) {
  compiled.printErrors();
  process.exit(1);
}
writeFileSync(out, compiler.pdf(compiled.result));
