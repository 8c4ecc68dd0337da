package nl.samen.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import nl.samen.testing.FakeSlackApi;
import nl.samen.testing.SlackClient;
import nl.samen.testing.TestApp;

/**
 * Slash commands from {@code connections} members at once, each sending the next as soon as the last
 * is answered, spread over the instances in turn. The mix is write-heavy: most commands change an
 * answer ({@code rsvp <meeting> yes|no|maybe}), the rest read (who comes, the meetings list, one meeting).
 */
final class CommandLoad {
  static final int MEMBERS = 64;
  static final int MEETINGS = 8;

  record Result(int connections, long commands, long errors, double seconds, List<Long> micros, long loadCpuNanos) {
    double perSecond() {
      return commands / seconds;
    }

    double percentileMillis(int percent) {
      return ReminderBurstBenchmark.pct(micros, percent) / 1000.0;
    }
  }

  private CommandLoad() {}

  static String member(int i) {
    return String.format("U0B%03d", i);
  }

  /** Members in the fake Slack and in the channel; a network with {@link #MEETINGS} meetings or more. */
  static void prepare(BenchCluster cluster) {
    List<String> inChannel = new ArrayList<>(List.of(TestApp.COORDINATOR, FakeSlackApi.BOT_USER));
    for (int i = 0; i < MEMBERS; i++) {
      cluster.slack.user(member(i), i % 2 == 0 ? "nl-NL" : "en-US");
      inChannel.add(member(i));
    }
    cluster.slack.channelMembers(TestApp.CHANNEL, inChannel.toArray(String[]::new));
    SlackClient client = cluster.clients.get(0);
    expectOk(client.command(TestApp.COORDINATOR, TestApp.CHANNEL, "setup \"Bench-netwerk\""));
    expectOk(client.command(TestApp.COORDINATOR, TestApp.CHANNEL,
        "meeting new \"Overleg\" 14-1-2027 9.30-12.00 at \"De Klimop\" repeat every 2 weeks until 1-7-2027"));
  }

  private static void expectOk(SlackClient.Answer answer) {
    if (answer.status() != 200 || answer.visible().contains(":warning:")) {
      throw new IllegalStateException("Preparing the benchmark failed: " + answer.visible());
    }
  }

  static Result run(BenchCluster cluster, int connections, Duration length) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(connections);
    long until = System.nanoTime() + length.toNanos();
    AtomicLong errors = new AtomicLong();
    AtomicLong loadCpu = new AtomicLong();
    List<Future<List<Long>>> parts = new ArrayList<>();
    long start = System.nanoTime();
    for (int c = 0; c < connections; c++) {
      int seed = c;
      parts.add(pool.submit(() -> member(cluster, seed, until, errors, loadCpu)));
    }
    List<Long> micros = new ArrayList<>();
    for (Future<List<Long>> part : parts) {
      micros.addAll(part.get());
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    Collections.sort(micros);
    return new Result(connections, micros.size(), errors.get(), seconds, micros, loadCpu.get());
  }

  /** One member's loop; its own CPU is counted apart, to subtract the load from Samen's cost. */
  private static List<Long> member(BenchCluster cluster, int seed, long until, AtomicLong errors, AtomicLong loadCpu) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuBefore = threads.getCurrentThreadCpuTime();
    Random random = new Random(seed);
    String user = member(seed % MEMBERS);
    List<Long> micros = new ArrayList<>();
    while (System.nanoTime() < until) {
      String text = command(random);
      long sent = System.nanoTime();
      SlackClient.Answer answer = cluster.nextClient().command(user, TestApp.CHANNEL, text);
      micros.add((System.nanoTime() - sent) / 1000);
      if (answer.status() != 200 || answer.visible().contains(":warning:")) {
        errors.incrementAndGet();
      }
    }
    loadCpu.addAndGet(threads.getCurrentThreadCpuTime() - cpuBefore);
    return micros;
  }

  /** 70 % change an answer, 15 % ask who comes, 10 % list the meetings, 5 % show one meeting. */
  static String command(Random random) {
    int meeting = 1 + random.nextInt(MEETINGS);
    int roll = random.nextInt(100);
    if (roll < 70) {
      return "rsvp " + meeting + " " + List.of("yes", "no", "maybe").get(random.nextInt(3));
    }
    return roll < 85 ? "rsvp " + meeting : roll < 95 ? "meetings" : "meeting " + meeting;
  }
}
