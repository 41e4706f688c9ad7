/** How many worker threads `run` starts (Node announces each on `process`, a tick later). */
export async function workersStarted(run: () => unknown): Promise<number> {
  // (the announcements of workers started earlier are let through first)
  await new Promise((resolve) => setImmediate(resolve));
  let started = 0;
  const count = () => started++;
  process.on('worker', count);
  try {
    run();
    await new Promise((resolve) => setImmediate(resolve));
  } finally {
    process.off('worker', count);
  }
  return started;
}
