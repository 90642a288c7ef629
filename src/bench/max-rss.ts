/**
 * Loaded with `node --import dist/bench/max-rss.js …` by the pipeline benchmark: when the
 * process exits, prints its peak resident set size (threads included) on stderr, as
 * `LEKTOR_MAX_RSS <bytes>`, for a benchmark to read from a process it spawned (the CLI).
 */
process.on('exit', () => {
  process.stderr.write(`\nLEKTOR_MAX_RSS ${process.resourceUsage().maxRSS * 1024}\n`);
});
