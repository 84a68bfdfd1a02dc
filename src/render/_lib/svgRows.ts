// Private: row packing, so that labels and bars never overlap.

/**
 * Assigns each span `[from, to]` (in pixels) a row, reusing the row that
 * frees up first when it ends at least `gap` before the span starts. With the
 * spans sorted by `from` this uses the fewest rows possible. A binary heap of
 * row ends keeps it O(n log n) for plans of 100,000 goals.
 */
export function packRows(spans: readonly { from: number; to: number }[], gap: number): number[] {
  // Heap of [end, row], smallest end first (ties: lowest row, so the layout is stable).
  const heap: [number, number][] = [];
  let rows = 0;
  return spans.map(({ from, to }) => {
    const top = heap[0];
    let row: number;
    if (top !== undefined && top[0] + gap <= from) {
      row = top[1];
      heap[0] = [to, row];
      siftDown(heap);
    } else {
      row = rows++;
      heap.push([to, row]);
      siftUp(heap);
    }
    return row;
  });
}

function before(a: [number, number], b: [number, number]): boolean {
  return a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
}

function siftUp(heap: [number, number][]): void {
  let index = heap.length - 1;
  while (index > 0) {
    const parent = (index - 1) >> 1;
    if (!before(heap[index]!, heap[parent]!)) return;
    [heap[index], heap[parent]] = [heap[parent]!, heap[index]!];
    index = parent;
  }
}

function siftDown(heap: [number, number][]): void {
  let index = 0;
  for (;;) {
    const left = 2 * index + 1;
    const right = left + 1;
    let smallest = index;
    if (left < heap.length && before(heap[left]!, heap[smallest]!)) smallest = left;
    if (right < heap.length && before(heap[right]!, heap[smallest]!)) smallest = right;
    if (smallest === index) return;
    [heap[index], heap[smallest]] = [heap[smallest]!, heap[index]!];
    index = smallest;
  }
}
