package nl.samen.workshop;

import java.util.Arrays;

/**
 * The cheapest assignment of everyone to one option of one round (a workshop within its seats, or
 * "unplaced" without limit): a min-cost flow, solved by successive shortest paths with Dijkstra on
 * reduced costs. People are added one at a time; each addition takes the shortest path from the new
 * person to a free seat, possibly moving others along, which keeps the flow optimal at every step.
 */
final class SeatFlow {
  private static final long INFINITE = Long.MAX_VALUE / 4;

  private SeatFlow() {}

  /** Returns per person the option they get; option {@code seats.length} is unplaced. */
  static int[] solve(long[][] cost, boolean[][] allowed, int[] seats) {
    int people = cost.length;
    int options = seats.length + 1;
    int sink = people + options;
    long[] potential = new long[sink + 1];
    long[] dist = new long[sink + 1];
    int[] prev = new int[sink + 1];
    int[] assigned = new int[people];
    Arrays.fill(assigned, -1);
    int[][] members = new int[options][people];
    int[] count = new int[options];
    int[] slot = new int[people];
    MinHeap heap = new MinHeap();
    for (int q = 0; q < people; q++) {
      // q has no incoming residual edge yet: the largest such potential keeps its edges non-negative.
      long start = Long.MIN_VALUE;
      for (int o = 0; o < options; o++) {
        if (allowed[q][o]) {
          start = Math.max(start, potential[people + o] - cost[q][o]);
        }
      }
      potential[q] = start;
      Arrays.fill(dist, INFINITE);
      dist[q] = 0;
      heap.clear();
      heap.push(0, q);
      while (!heap.isEmpty()) {
        long d = heap.topKey();
        int u = heap.pop();
        if (d > dist[u]) {
          continue;
        }
        if (u == sink) {
          break;
        }
        if (u < people) {
          for (int o = 0; o < options; o++) {
            if (allowed[u][o] && o != assigned[u]) {
              relax(heap, dist, prev, u, people + o, d + cost[u][o] + potential[u] - potential[people + o]);
            }
          }
        } else {
          int o = u - people;
          if (o == options - 1 || count[o] < seats[o]) {
            relax(heap, dist, prev, u, sink, d + potential[u] - potential[sink]);
          }
          for (int k = 0; k < count[o]; k++) {
            int x = members[o][k];
            relax(heap, dist, prev, u, x, d - cost[x][o] + potential[u] - potential[x]);
          }
        }
      }
      long reach = dist[sink];
      for (int v = 0; v <= sink; v++) {
        if (v > q && v < people) {
          continue;
        }
        potential[v] += Math.min(dist[v], reach);
      }
      // Walk the path back: each person on it moves into the option after them.
      int option = prev[sink] - people;
      while (true) {
        int person = prev[people + option];
        int from = assigned[person];
        if (from >= 0) {
          int last = members[from][--count[from]];
          members[from][slot[person]] = last;
          slot[last] = slot[person];
        }
        assigned[person] = option;
        slot[person] = count[option];
        members[option][count[option]++] = person;
        if (person == q) {
          break;
        }
        option = from;
      }
    }
    return assigned;
  }

  private static void relax(MinHeap heap, long[] dist, int[] prev, int from, int to, long d) {
    if (d < dist[to]) {
      dist[to] = d;
      prev[to] = from;
      heap.push(d, to);
    }
  }
}
