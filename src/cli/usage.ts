import { DIVERGENCE_KINDS } from '../report/divergenceKinds.js';

/** `crosscheck --help`. */
export const USAGE = `Usage: crosscheck <files or folders...> [options]

Finds where news reports disagree: give it several outlets' articles about one
event; it prints the statements they share and where they diverge.

Input
  .txt .md         plain text or markdown; the headline is the first line
  .html .htm       a saved web page; the main text is taken from <article> or
                   <main> (scripts, navigation, headers, footers, asides dropped)
                   and the title from <h1> or <title>
  .json            one article or an array of articles:
                   {"id", "text", "outlet"?, "title"?, "published"?, "url"?};
                   an entry may give "file" (a path next to the JSON) instead of
                   "text", to add an outlet, a date or an address to a text file
  folder           the files above directly inside it (not sub-folders); README
                   files and .json files that hold no articles are skipped with
                   a note. Files named in a .json manifest are read once, through it.
  Without "outlet", an article's outlet and id are its file name without the
  extension. Articles are read in path order, whatever the argument order.

Options
  -f, --format FORMAT     json, md or html (default: from --out's extension, else md)
  -o, --out FILE          write the report to FILE instead of standard output
      --published DATE    publication date for articles that give none (2024-03-14);
                          relative dates ("last month") resolve against it
      --kinds K1,K2       show only these divergence kinds:
                          ${DIVERGENCE_KINDS.join(', ')}
      --min-score N       show only divergences scoring at least N (0 to 1)
      --title TEXT        heading of the md and html reports
      --fail-on-divergence
                          exit with 1 when the report shows any divergence
      --on-invalid MODE   throw (default): stop at an article that cannot be
                          analyzed; skip: leave it out and say so on stderr
  -h, --help              show this help
  -v, --version           show the version

Exit status: 0 done, 1 divergences found (with --fail-on-divergence),
2 bad usage or input that cannot be read (the message names the file).

Examples
  crosscheck examples/articles --format html --out report.html
  crosscheck a.txt b.md c.html --published 2024-03-14 --kinds certainty,time
  crosscheck stories.json --format json --min-score 0.6 --fail-on-divergence
`;
