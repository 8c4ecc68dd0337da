package nl.samen.workshop;

import java.util.Arrays;

/** A binary heap of (key, node) pairs for Dijkstra with lazy deletion; reused between searches. */
final class MinHeap {
  private long[] keys = new long[64];
  private int[] nodes = new int[64];
  private int size;

  boolean isEmpty() {
    return size == 0;
  }

  void clear() {
    size = 0;
  }

  void push(long key, int node) {
    if (size == keys.length) {
      keys = Arrays.copyOf(keys, size * 2);
      nodes = Arrays.copyOf(nodes, size * 2);
    }
    int i = size++;
    while (i > 0 && keys[(i - 1) / 2] > key) {
      keys[i] = keys[(i - 1) / 2];
      nodes[i] = nodes[(i - 1) / 2];
      i = (i - 1) / 2;
    }
    keys[i] = key;
    nodes[i] = node;
  }

  long topKey() {
    return keys[0];
  }

  /** Removes the smallest pair and returns its node. */
  int pop() {
    int top = nodes[0];
    long key = keys[--size];
    int node = nodes[size];
    int i = 0;
    while (2 * i + 1 < size) {
      int child = 2 * i + 1;
      if (child + 1 < size && keys[child + 1] < keys[child]) {
        child++;
      }
      if (keys[child] >= key) {
        break;
      }
      keys[i] = keys[child];
      nodes[i] = nodes[child];
      i = child;
    }
    keys[i] = key;
    nodes[i] = node;
    return top;
  }
}
