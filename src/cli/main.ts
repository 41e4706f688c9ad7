#!/usr/bin/env node
/** The `crosscheck` command line. TODO(issue 6): arguments, file reading, report formats. */
process.stderr.write('crosscheck: the command line is not built yet\n');
process.exitCode = 2;
