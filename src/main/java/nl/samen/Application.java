package nl.samen;

import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import nl.samen.config.Settings;
import nl.samen.config.SettingsException;
import nl.samen.event.EventBus;
import nl.samen.feature.Feature;
import nl.samen.installation.InstallationService;
import nl.samen.installation.UninstallService;
import nl.samen.network.NetworkService;
import nl.samen.schedule.Timer;
import nl.samen.slack.CommandRouter;
import nl.samen.slack.InstallFlow;
import nl.samen.slack.People;
import nl.samen.slack.RecentEvents;
import nl.samen.slack.SlackApp;
import nl.samen.slack.SlackGateway;
import nl.samen.slack.outbox.Outbox;
import nl.samen.slack.outbox.OutboxWorker;
import nl.samen.storage.Database;
import nl.samen.storage.DatabaseRefused;
import nl.samen.storage.Dialect;
import nl.samen.web.HealthCheck;
import nl.samen.web.WebServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: wires every part by hand and starts them. Tests boot the whole app through
 * {@link #start(Settings, Clock, Timer)} exactly as {@link Main} does, with their own clock and a
 * timer that fires when they move it; {@link Main} passes the wall clock and Quartz.
 */
public final class Application implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Application.class);

  private final List<AutoCloseable> parts;
  private final WebServer web;
  private final BooleanSupplier idle;

  private Application(WebServer web, List<AutoCloseable> parts, BooleanSupplier idle) {
    this.web = web;
    this.parts = parts;
    this.idle = idle;
  }

  /** @param timer wakes timed work at moments of {@code clock}; the app owns it and closes it */
  public static Application start(Settings settings, Clock clock, Timer timer) {
    List<AutoCloseable> parts = new ArrayList<>();
    parts.add(timer);
    try {
      return start(settings, clock, timer, parts);
    } catch (RuntimeException e) {
      closeAll(parts);
      throw e;
    }
  }

  /**
   * Starts the app. The three slow parts of a start (opening and migrating the database, loading
   * Slack's SDK, starting the web server) run side by side; the web server answers 503 until the
   * rest is wired.
   */
  private static Application start(Settings settings, Clock clock, Timer timer, List<AutoCloseable> parts) {
    ExecutorService starter = Executors.newFixedThreadPool(2, daemon("samen-start"));
    CompletableFuture<Database> opening = CompletableFuture.supplyAsync(() -> Database.open(settings.databaseTarget()), starter);
    CompletableFuture<SlackStart> connecting = CompletableFuture.supplyAsync(() -> SlackStart.connect(settings), starter);
    starter.shutdown();
    WebServer web = WebServer.start(settings.port());
    parts.add(web);
    SlackStart slackStart = join(connecting);
    parts.add(slackStart.slack());
    Database database;
    try {
      database = join(opening);
    } catch (DatabaseRefused e) {
      throw new SettingsException(e.getMessage()); // stops the start with one line, as a setting does
    }
    parts.add(database);
    timer.attach(database);
    Slack slack = slackStart.slack();
    Metering metering = new Metering();
    parts.add(metering);

    // Install mode: each workspace's token from the database, by the team id of the rows at hand.
    Optional<InstallationService> installations = settings.install()
        .map(install -> new InstallationService(database.jdbi(), install.tokenKey(), clock));
    SlackGateway gateway = installations.map(i -> SlackStart.installed(slack, i::botToken))
        .orElseGet(slackStart::gateway);
    EventBus events = new EventBus();
    People people = new People(gateway, settings.defaultLocale(), events);
    BackgroundWork background = new BackgroundWork(4, daemon("samen-background"));
    parts.add(0, () -> {
      background.shutdown();
      background.awaitTermination(5, TimeUnit.SECONDS);
    });
    // Delivery runs on the wall clock: Slack's pace and retry waits are real time, whatever the
    // app's clock says (tests and the playground move the app's clock).
    Clock wallClock = Clock.systemUTC();
    Outbox outbox = new Outbox(database.jdbi(), wallClock);
    OutboxWorker outboxWorker = database.dialect() == Dialect.POSTGRESQL
        ? OutboxWorker.shared(outbox, gateway, wallClock) // beside other instances
        : new OutboxWorker(outbox, gateway, wallClock);
    metering.watch(database, wallClock);
    metering.watch(gateway);

    List<Feature> features = Wiring.features(new Wiring.Base(settings, clock, database.jdbi(), gateway, people,
        outbox, background, timer, events, metering.registry()));
    parts.add(0, () -> features.forEach(Feature::stop));
    CommandRouter router = new CommandRouter(
        features.stream().flatMap(f -> f.subcommands().stream()).toList(), metering.registry());
    AppConfig.AppConfigBuilder appConfig = AppConfig.builder()
        .slack(slack)
        .singleTeamBotToken(settings.botToken().orElse(null))
        .signingSecret(settings.signingSecret().orElse(null));
    settings.install().ifPresent(install -> InstallFlow.configure(appConfig, install.clientId(),
        install.clientSecret(), settings.publicUrl(), settings.defaultLocale()));
    App app = SlackApp.create(appConfig.build(), slackStart.tokenCheck(), installations,
        NetworkService.of(database.jdbi(), clock, settings.defaultZone())::teamsOfChannel,
        new UninstallService(database.jdbi()), router, people, background,
        features.stream().flatMap(f -> f.listeners().stream()).toList(), new RecentEvents(database.jdbi(), clock));

    Optional<SocketModeApp> socketMode = SocketMode.start(settings, app, parts);
    outboxWorker.start();
    parts.add(0, outboxWorker);

    HealthCheck health = HealthCheck.withDetails(() -> Map.of("cluster", timer.cluster()), () -> {
      Map<String, Boolean> checks = new LinkedHashMap<>();
      checks.put("database", database.isHealthy());
      checks.put("scheduler", timer.isRunning());
      socketMode.ifPresent(s -> checks.put("slack_connection", SocketMode.isConnected(s)));
      features.forEach(f -> checks.putAll(f.health()));
      return checks;
    });
    features.forEach(Feature::start);
    web.serveMetrics(metering::scrape, settings.metricsToken());
    web.open(socketMode.isPresent() ? Optional.empty() : Optional.of(app), health,
        features.stream().flatMap(f -> f.routes().stream()).toList());
    parts.remove(web);
    parts.add(0, web);
    log.info("Samen listens on port {} ({})", web.port(), socketMode.isPresent() ? "Socket Mode" : "HTTP");
    return new Application(web, parts, () -> timer.idle() && background.idle()
        && features.stream().allMatch(Feature::idle));
  }

  /** Waits for a part of the start; its failure is the start's failure. */
  private static <T> T join(CompletableFuture<T> part) {
    try {
      return part.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  /**
   * Nothing in hand: no scheduled job due or running, no background work queued or running, no
   * feature's timer waiting (the posted agenda's refresh). With the outbox drained, nothing more
   * reaches Slack until something new happens (tests await this).
   */
  public boolean idle() {
    return idle.getAsBoolean();
  }

  public int port() {
    return web.port();
  }

  @Override
  public void close() {
    closeAll(parts);
  }

  private static void closeAll(List<AutoCloseable> parts) {
    for (AutoCloseable part : parts) {
      try {
        part.close();
      } catch (Exception e) {
        log.warn("Stopping {} failed: {}", part, e.getMessage());
      }
    }
  }

  private static ThreadFactory daemon(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }
}
