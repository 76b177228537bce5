import { describe, expect, it } from 'vitest';
import { createDurabilityBarrier } from './durability';

function fakeDisk() {
  let writes = 0;
  const syncs: { covers: number; done: () => void }[] = [];
  const barrier = createDurabilityBarrier(
    () =>
      new Promise<void>((resolve) => {
        syncs.push({ covers: writes, done: resolve });
      }),
    () => writes,
  );
  return {
    barrier,
    syncs,
    write: () => {
      writes += 1;
    },
  };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('group commit', () => {
  it('needs no fsync when nothing was written', async () => {
    const disk = fakeDisk();
    await disk.barrier.durable();
    expect(disk.syncs).toHaveLength(0);
  });

  it('answers a write only after an fsync that started after it', async () => {
    const disk = fakeDisk();
    disk.write();
    let done = false;
    const first = disk.barrier.durable().then(() => {
      done = true;
    });
    await tick();
    expect(done).toBe(false);
    expect(disk.syncs).toHaveLength(1);

    // A write during that fsync is not covered by it.
    disk.write();
    let secondDone = false;
    const second = disk.barrier.durable().then(() => {
      secondDone = true;
    });
    disk.syncs[0]?.done();
    await first;
    await tick();
    expect(secondDone).toBe(false);
    expect(disk.syncs).toHaveLength(2);
    expect(disk.syncs[1]?.covers).toBe(2);
    disk.syncs[1]?.done();
    await second;
    expect(secondDone).toBe(true);
  });

  it('shares one fsync among the writes that wait together', async () => {
    const disk = fakeDisk();
    disk.write();
    const first = disk.barrier.durable();
    const waiting = [1, 2, 3, 4].map(() => {
      disk.write();
      return disk.barrier.durable();
    });
    disk.syncs[0]?.done();
    await first;
    await tick();
    expect(disk.syncs).toHaveLength(2);
    disk.syncs[1]?.done();
    await Promise.all(waiting);
    expect(disk.syncs).toHaveLength(2);
  });
});
