package nl.samen.playground;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Samen without Slack: the real app on a throwaway database, a stand-in for Slack on loopback, and a
 * page in the browser where a visitor acts as one of the workspace's people. It lives beside the
 * tests, not in samen.jar: {@code mvn -B -q test-compile exec:java} starts it.
 */
public final class Playground implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Playground.class);
  static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  /** {@code pagePort} 0 takes a free port; {@code seeded} false starts an empty workspace (for tests). */
  public record Options(int pagePort, boolean seeded) {}

  private final Options options;
  private final String botToken = "xoxb-playground-" + random(8);
  private final String signingSecret = random(16);
  private final Revision revision = new Revision();
  private final Traffic traffic = new Traffic(Clock.systemUTC());
  private final Conversations conversations = new Conversations(this::now, revision);
  private final OpenViews views = new OpenViews(revision);
  private final Handles handles = new Handles();
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final SlackStandIn standIn;
  private final PersonActions actions;
  private final PageServer page;
  private final AtomicBoolean closed = new AtomicBoolean();
  private volatile Session session;
  private volatile List<String> skippedSeedLines = List.of();

  private Playground(Options options) throws IOException {
    this.options = options;
    this.standIn = new SlackStandIn(botToken, conversations, views, handles, traffic);
    SlackSender sender = new SlackSender(() -> session.url(), signingSecret, traffic);
    this.actions = new PersonActions(sender, standIn, conversations, views, handles, Clock.systemUTC());
    this.page = new PageServer(options.pagePort(), this);
  }

  public static void main(String[] args) {
    run(System.getenv());
  }

  /** The {@code playground} command: start, print the page's address, run until the JVM stops. */
  public static Playground run(Map<String, String> env) {
    String port = Optional.ofNullable(env.get("PORT")).filter(p -> !p.isBlank()).orElse("3000");
    Playground playground = start(new Options(Integer.parseInt(port.trim()), true));
    Runtime.getRuntime().addShutdownHook(new Thread(playground::close, "samen-playground-shutdown"));
    System.out.println("Samen playground: " + playground.pageUrl());
    return playground;
  }

  public static Playground start(Options options) {
    Playground playground;
    try {
      playground = new Playground(options);
    } catch (IOException e) {
      throw new UncheckedIOException("The playground could not open its ports", e);
    }
    try {
      playground.begin();
    } catch (RuntimeException e) {
      playground.close();
      throw e;
    }
    return playground;
  }

  public String pageUrl() {
    return "http://127.0.0.1:" + page.port() + "/";
  }

  /** Stops Samen, throws its database away, and starts (and seeds) a new one. */
  public void reset() {
    lock.writeLock().lock();
    try {
      session.close();
      conversations.clear();
      views.clear();
      handles.clear();
      traffic.clear();
      begin();
    } finally {
      lock.writeLock().unlock();
    }
  }

  private void begin() {
    session = Session.start(standIn.apiUrl(), botToken, signingSecret);
    skippedSeedLines = options.seeded() ? seed() : List.of();
    revision.bump();
  }

  private List<String> seed() {
    LocalDate today = LocalDate.ofInstant(now(), ZONE);
    List<String> skipped = new ArrayList<>(new Seeder(actions).seed(Seed.LINES, today));
    skipped.addAll(seedPastMeeting(today));
    // a past meeting with its evaluation, on a clock set back for the while
    skipped.addAll(SeedEvaluation.seed(session, actions, conversations, today));
    return List.copyOf(skipped);
  }

  /** A meeting held two weeks ago, with minutes and actions (done, open, overdue). */
  private List<String> seedPastMeeting(LocalDate today) {
    return new PastMeeting(actions, session.clock(), session.timer()).seed(today);
  }

  /** Moves the app's clock by a step ({@code hour}, {@code day}) or to just past the next reminder. */
  public TimeControl.Moved moveTime(String step) {
    return whileRunning(() -> {
      TimeControl.Moved moved = new TimeControl(session.clock(), session.timer()).move(step);
      revision.bump();
      return moved;
    });
  }

  /** Runs page work against the current session; a reset waits until it is done. */
  <T> T whileRunning(Supplier<T> work) {
    lock.readLock().lock();
    try {
      return work.get();
    } finally {
      lock.readLock().unlock();
    }
  }

  Instant now() {
    Session current = session;
    return current == null ? Clock.systemUTC().instant() : current.clock().instant();
  }

  Duration offset() {
    return session.clock().offset();
  }

  /** Where the stand-in's Web API listens and the bot token it takes: tests act as Samen's bot there. */
  String standInApiUrl() {
    return standIn.apiUrl();
  }

  String botToken() {
    return botToken;
  }

  PersonActions actions() {
    return actions;
  }

  Conversations conversations() {
    return conversations;
  }

  OpenViews views() {
    return views;
  }

  Traffic traffic() {
    return traffic;
  }

  Revision revision() {
    return revision;
  }

  List<String> skippedSeedLines() {
    return skippedSeedLines;
  }

  @Override
  public void close() {
    if (closed.getAndSet(true)) {
      return;
    }
    page.close();
    if (session != null) {
      session.close();
    }
    standIn.close();
  }

  private static String random(int bytes) {
    byte[] value = new byte[bytes];
    new SecureRandom().nextBytes(value);
    return HexFormat.of().formatHex(value);
  }
}
