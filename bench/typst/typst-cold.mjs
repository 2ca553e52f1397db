// One Typst compile as a new process, the peer of `briefbook export` run cold:
//   node typst-cold.mjs TEMPLATE DATA.json OUT.pdf FONT.ttf...
// Plain JavaScript, so that nothing but Node and the Typst addon loads.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import typst from '@myriaddreamin/typst-ts-node-compiler';

const [template, dataFile, out, ...fontPaths] = process.argv.slice(2);
const compiler = typst.NodeCompiler.create({ workspace: path.dirname(template), fontArgs: [{ fontPaths }] });
compiler.mapShadow(path.join(path.dirname(template), 'briefing.json'), readFileSync(dataFile));
const compiled = compiler.compile({ mainFilePath: template });
if (!compiled.result) {
  compiled.printErrors();
  process.exit(1);
}
writeFileSync(out, compiler.pdf(compiled.result));
