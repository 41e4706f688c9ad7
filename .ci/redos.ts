/**
 * ReDoS check: `npm run redos`. Every regular expression of `src/` is analysed by recheck, a
 * table is printed, and the exit code is 1 when one is vulnerable (super-linear backtracking), so
 * CI fails on it (unless it is in `ACCEPTED`, with its reason).
 *
 * Which expressions: the literals (`/.../g`), found with the TypeScript compiler API, and the
 * patterns built at run time with `new RegExp(...)`. Those are captured as they are built: the
 * global `RegExp` is wrapped while the library is loaded and run on sample articles (and the
 * command line's HTML reader on a sample page), and each build is traced back to its call site.
 * A call site that built nothing during that run is listed as not checked.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { check, type Diagnostics } from 'recheck';
import ts from 'typescript';

const ROOT = resolve(fileURLToPath(import.meta.url), '..', '..');

/**
 * Patterns recheck calls vulnerable that are accepted, each with the reason: printed as
 * `accepted`, they do not fail the check. Keep this list short, and say what bounds the work.
 */
const ACCEPTED: ReadonlyArray<{ source: string; reason: string }> = [
  {
    source: "^by\\s+\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*)*(?:\\s*[,|\\u2014-]\\s*[\\p{L} .,&'|-]{0,60})?$",
    reason: 'BYLINE: the fuzzer sees the {0,60} tail tried at each name as growth; at most 60 steps a name, linear in practice (a 240 kB line in 43 ms)',
  },
];
const SRC = join(ROOT, 'src');

/** One regular expression to check, with every place it comes from. */
interface Pattern {
  source: string;
  flags: string;
  /** `file:line` of each literal or `new RegExp` call that gives it. */
  sites: Set<string>;
}

/** A `new RegExp(...)` or `RegExp(...)` call in the source. */
interface BuildSite {
  file: string;
  line: number;
  code: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The literals and the build sites of every file of `src/`. */
function scanSources(): { literals: Array<{ source: string; flags: string; site: string }>; builds: BuildSite[] } {
  const literals: Array<{ source: string; flags: string; site: string }> = [];
  const builds: BuildSite[] = [];
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const where = (node: ts.Node) => sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
    const name = relative(ROOT, file);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText(sf);
        const slash = literal.lastIndexOf('/');
        literals.push({ source: literal.slice(1, slash), flags: literal.slice(slash + 1), site: `${name}:${where(node)}` });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        builds.push({ file: name, line: where(node), code: node.getText(sf).replace(/\s+/g, ' ') });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { literals, builds };
}

/** The `file:line` in `src/` of the code that called the wrapped constructor. */
function callerSite(stack: string | undefined): string | undefined {
  for (const line of (stack ?? '').split('\n').slice(2)) {
    const m = /\(?((?:file:\/\/)?\/[^():]+\.ts):(\d+):\d+\)?$/.exec(line.trim());
    if (!m) continue;
    const file = m[1]!.startsWith('file://') ? fileURLToPath(m[1]!) : m[1]!;
    if (file.startsWith(SRC)) return `${relative(ROOT, file)}:${m[2]}`;
  }
  return undefined;
}

/** Loads and runs the library with `RegExp` wrapped: every pattern built at run time, by call site. */
async function capturePatterns(): Promise<Array<{ source: string; flags: string; site: string }>> {
  const built: Array<{ source: string; flags: string; site: string }> = [];
  const Original = RegExp;
  const record = (args: unknown[]) => {
    const made = Reflect.construct(Original, args) as RegExp;
    const site = callerSite(new Error().stack);
    if (site) built.push({ source: made.source, flags: made.flags, site });
    return made;
  };
  globalThis.RegExp = new Proxy(Original, {
    construct: (_target, args) => record(args),
    apply: (_target, _this, args) => record(args),
  });
  try {
    const library = (await import(pathToFileURL(join(SRC, 'index.ts')).href)) as typeof import('../src/index.js');
    const { htmlToArticle } = (await import(pathToFileURL(join(SRC, 'cli', 'htmlText.ts')).href)) as typeof import('../src/cli/htmlText.js');
    const { STORM_STORY, STORM_PUBLISHED } = (await import(pathToFileURL(join(ROOT, 'test', 'fixtures', 'stormStory.ts')).href)) as typeof import('../test/fixtures/stormStory.js');
    library.analyze(STORM_STORY, { published: STORM_PUBLISHED });
    library.compare('Talks resumed on Monday in Geneva, officials said.', 'Talks did not resume on Tuesday in Vienna.');
    htmlToArticle(SAMPLE_PAGE);
  } finally {
    globalThis.RegExp = Original;
  }
  return built;
}

const SAMPLE_PAGE = `<html><head><title>Talks stall | Daily</title>
<meta property="article:published_time" content="2016-02-11T10:00:00Z"><script>var x = 1;</script><style>p {}</style></head>
<body><nav>Home</nav><article><h1>Talks stall</h1><time datetime="2016-02-11">Feb 11</time>
<p>Talks <b>stalled</b> on Monday &amp; resumed, <a href="/x">officials</a> said.</p></article><footer>(c) Daily</footer></body></html>`;

function describe(result: Diagnostics): string {
  if (result.status === 'unknown') return `unknown: ${result.error.kind}`;
  return result.complexity.summary;
}

async function main(): Promise<void> {
  const { literals, builds } = scanSources();
  const captured = await capturePatterns();
  const patterns = new Map<string, Pattern>();
  const add = ({ source, flags, site }: { source: string; flags: string; site: string }) => {
    const key = `/${source}/${flags}`;
    const pattern = patterns.get(key) ?? { source, flags, sites: new Set<string>() };
    pattern.sites.add(site);
    patterns.set(key, pattern);
  };
  literals.forEach(add);
  const literalSites = new Set(literals.map((l) => l.site));
  // esbuild (under tsx) turns some literals into `new RegExp` calls: those are already in.
  captured.filter((c) => !literalSites.has(c.site)).forEach(add);
  const builtSites = new Set(captured.map((c) => c.site));
  const unchecked = builds.filter((b) => !builtSites.has(`${b.file}:${b.line}`));

  const rows: Array<{ pattern: Pattern; result: Diagnostics }> = [];
  for (const pattern of patterns.values()) {
    // A fixed seed: the fuzz checker's verdict is the same on every run. recheck does not know the
    // `d` flag, which only adds match indices and changes nothing in how a pattern matches.
    const result = await check(pattern.source, pattern.flags.replace('d', ''), { randomSeed: 42, timeout: 30_000 });
    rows.push({ pattern, result });
  }
  const acceptance = (row: { pattern: Pattern }) => ACCEPTED.find((a) => a.source === row.pattern.source)?.reason;
  const statusOf = (row: { pattern: Pattern; result: Diagnostics }) => (row.result.status === 'vulnerable' && acceptance(row) ? 'accepted' : row.result.status);
  const order = { vulnerable: 0, unknown: 1, accepted: 2, safe: 3 } as const;
  rows.sort((a, b) => order[statusOf(a)] - order[statusOf(b)]);

  console.log(`ReDoS check of src/: ${literals.length} literals, ${builds.length} RegExp call sites (${builds.length - unchecked.length} built during the run), ${patterns.size} distinct patterns\n`);
  console.log('| status | complexity | checker | where | pattern |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const { pattern, result } of rows) {
    const sites = [...pattern.sites];
    const where = sites.length > 2 ? `${sites.slice(0, 2).join(', ')} (+${sites.length - 2})` : sites.join(', ');
    const shown = pattern.source.length > 90 ? `${pattern.source.slice(0, 87)}...` : pattern.source;
    console.log(`| ${statusOf({ pattern, result })} | ${describe(result)} | ${result.checker ?? '-'} | ${where} | \`/${shown}/${pattern.flags}\` |`);
  }
  for (const { pattern, result } of rows) {
    if (result.status !== 'vulnerable') continue;
    const reason = acceptance({ pattern });
    console.log(`\n${reason ? 'ACCEPTED' : 'VULNERABLE'} /${pattern.source}/${pattern.flags} at ${[...pattern.sites].join(', ')}`);
    console.log(`  ${result.complexity.summary}; attack: ${result.attack.pattern.length > 200 ? `${result.attack.pattern.slice(0, 197)}...` : result.attack.pattern}`);
    if (reason) console.log(`  accepted: ${reason}`);
  }
  if (unchecked.length > 0) {
    console.log('\nNot checked (built only from input that this run did not supply):');
    for (const b of unchecked) console.log(`  ${b.file}:${b.line}  ${b.code.length > 110 ? `${b.code.slice(0, 107)}...` : b.code}`);
  }
  const count = (status: keyof typeof order) => rows.filter((r) => statusOf(r) === status).length;
  console.log(`\n${count('safe')} safe, ${count('vulnerable')} vulnerable, ${count('accepted')} accepted, ${count('unknown')} unknown, ${unchecked.length} call sites not checked`);
  if (count('vulnerable') > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack ?? error.message : error);
  process.exit(1);
});
