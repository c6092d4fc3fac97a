// Bundles the page into target/classes/sitrep/web (served from the classpath by ApiServer).
import { build } from 'esbuild';
import { mkdirSync, copyFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'target', 'classes', 'sitrep', 'web');
mkdirSync(out, { recursive: true });
await build({
  entryPoints: [join(root, 'web', 'src', 'main.js')],
  bundle: true,
  minify: true,
  sourcemap: false,
  format: 'iife',
  target: ['es2020'],
  outfile: join(out, 'app.js'),
  loader: { '.png': 'dataurl', '.svg': 'dataurl' },
  legalComments: 'linked',
  logLevel: 'warning',
});
copyFileSync(join(root, 'web', 'src', 'index.html'), join(out, 'index.html'));
copyFileSync(join(root, 'node_modules', 'world-atlas', 'countries-50m.json'), join(out, 'countries-50m.json'));
console.log('sitrep web page built into ' + out);
