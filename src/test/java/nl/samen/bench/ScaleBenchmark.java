package nl.samen.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.samen.Application;
import nl.samen.testing.Await;
import nl.samen.testing.OutboxState;
import nl.samen.testing.ClockTimer;
import nl.samen.testing.FakeSlackApi;

/**
 * One Samen on SQLite against three on one (embedded) PostgreSQL: slash-command throughput and
 * latency at 16 and 64 connections with a write-heavy mix ({@link CommandLoad}), CPU per command, and
 * the reminder burst of {@link ReminderBurstBenchmark} (10,000 reminders over 500 channels, the fake
 * Slack allowing one post per second per channel) with the instances sharing the work. Prints the
 * figures; not a test. {@code -Dquick=true} (with fewer channels) is a smoke run of a minute or two.
 */
public final class ScaleBenchmark {
  static final boolean QUICK = Boolean.getBoolean("quick");
  static final Duration RUN = Duration.ofSeconds(QUICK ? 4 : 20);
  static final Duration WARM_UP = Duration.ofSeconds(QUICK ? 2 : 10);

  private ScaleBenchmark() {}

  public static void main(String[] args) throws Exception {
    List<String> lines = new ArrayList<>();
    for (int instances : new int[] {1, 3}) {
      boolean postgres = instances > 1;
      try (BenchCluster cluster = BenchCluster.start(instances, postgres)) {
        commands(cluster, lines);
      }
      try (BenchCluster cluster = BenchCluster.start(instances, postgres)) {
        lines.add(burst(cluster));
      }
    }
    System.out.println();
    System.out.println("== Samen at scale" + (QUICK ? " (quick run: figures are rough)" : "") + " ==");
    lines.forEach(System.out::println);
    System.exit(0); // the fake Slack's and the embedded PostgreSQL's threads would keep the JVM alive
  }

  static void commands(BenchCluster cluster, List<String> lines) throws Exception {
    CommandLoad.prepare(cluster);
    CpuMeter cpu = new CpuMeter(cluster.postgresDataDirectory());
    CommandLoad.run(cluster, 16, WARM_UP);
    for (int connections : new int[] {16, 64}) {
      long jvmBefore = cpu.jvmNanos();
      long postgresBefore = cpu.postgresNanos();
      CommandLoad.Result r = CommandLoad.run(cluster, connections, RUN);
      long samenCpu = cpu.jvmNanos() - jvmBefore - r.loadCpuNanos();
      long postgresCpu = cpu.postgresNanos() - postgresBefore;
      lines.add(String.format(
          "commands, %-15s %2d connections: %,7.0f /s  p50 %6.2f ms  p99 %6.2f ms  errors %d"
              + "  CPU/command: Samen %.2f ms + PostgreSQL %.2f ms",
          cluster.name, connections, r.perSecond(), r.percentileMillis(50), r.percentileMillis(99), r.errors(),
          samenCpu / 1e6 / r.commands(), postgresCpu / 1e6 / r.commands()));
      System.out.println(lines.get(lines.size() - 1));
    }
  }

  /** The burst of {@link ReminderBurstBenchmark}, seeded into the shared database; all instances wake. */
  static String burst(BenchCluster cluster) throws Exception {
    cluster.slack.limitPostsPerChannel(Duration.ofSeconds(1));
    Instant firstDue = Instant.now().plusSeconds(QUICK ? 10 : 30).truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
    Map<Long, Instant> dueOf = ReminderBurstBenchmark.seed(cluster.jdbi(), firstDue);
    cluster.timers.forEach(ClockTimer::wakeAll); // as a start does: each plans its next wake-up from the tables
    System.out.printf("%s: %d reminders due from %s%n", cluster.name, dueOf.size(), firstDue);
    List<Long> commandMillis = Collections.synchronizedList(new ArrayList<>());
    ScheduledExecutorService typist = Executors.newSingleThreadScheduledExecutor();
    typist.scheduleAtFixedRate(() -> ReminderBurstBenchmark.typeCommand(cluster.nextClient(), commandMillis, firstDue),
        0, 100, TimeUnit.MILLISECONDS);
    try {
      Await.until("all reminders delivered", Duration.between(Instant.now(), firstDue.plus(Duration.ofMinutes(5))),
          () -> ReminderBurstBenchmark.delivered(cluster.slack).size() >= dueOf.size());
    } catch (AssertionError late) {
      System.out.println(late.getMessage());
    }
    typist.shutdownNow();
    typist.awaitTermination(10, TimeUnit.SECONDS);
    // A copy sent twice would be among the calls once every instance is idle and the outbox settled.
    OutboxState outbox = new OutboxState(cluster.jdbi());
    Await.until("the instances idle and the outbox settled", Duration.ofMinutes(5),
        () -> cluster.apps.stream().allMatch(Application::idle) && outbox.settled());
    System.out.println("-- " + cluster.name);
    ReminderBurstBenchmark.report(cluster.slack, dueOf, firstDue, commandMillis);
    List<FakeSlackApi.Call> calls = ReminderBurstBenchmark.delivered(cluster.slack);
    long distinct = calls.stream().map(c -> c.channel() + "/" + c.text()).distinct().count();
    Instant lastDue = Collections.max(dueOf.values());
    Instant lastSent = calls.stream().map(FakeSlackApi.Call::at).max(Instant::compareTo).orElse(lastDue);
    return String.format("reminder burst, %-15s: %,d due over %d channels, %,d delivered (%d twice, %d lost),"
            + " the last %.1f s after the last due time; %d answers 429%n  database after the burst: %s",
        cluster.name, dueOf.size(), ReminderBurstBenchmark.CHANNELS, calls.size(), calls.size() - distinct,
        dueOf.size() - distinct, Duration.between(lastDue, lastSent).toMillis() / 1000.0,
        cluster.slack.calls("chat.postMessage:ratelimited").size(),
        DatabaseSize.describe(cluster.jdbi(), cluster.postgresDataDirectory() != null));
  }
}
