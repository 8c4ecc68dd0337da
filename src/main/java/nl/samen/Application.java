package nl.samen;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import nl.samen.config.Settings;
import nl.samen.meeting.MeetingCommands;
import nl.samen.meeting.MeetingListeners;
import nl.samen.meeting.MeetingLookup;
import nl.samen.meeting.MeetingNotices;
import nl.samen.meeting.MeetingRepository;
import nl.samen.meeting.MeetingService;
import nl.samen.network.NetworkCommands;
import nl.samen.network.NetworkRepository;
import nl.samen.network.NetworkService;
import nl.samen.rsvp.RsvpCommands;
import nl.samen.rsvp.RsvpListeners;
import nl.samen.rsvp.RsvpRepository;
import nl.samen.rsvp.RsvpService;
import nl.samen.schedule.JobFactories;
import nl.samen.schedule.Scheduling;
import nl.samen.slack.CommandRouter;
import nl.samen.slack.People;
import nl.samen.slack.SlackApp;
import nl.samen.slack.SlackGateway;
import nl.samen.slack.Subcommand;
import nl.samen.slack.outbox.Outbox;
import nl.samen.slack.outbox.OutboxWorker;
import nl.samen.storage.Database;
import nl.samen.web.HealthCheck;
import nl.samen.web.WebServer;
import org.quartz.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: wires every part by hand and starts them. Tests boot the whole app through
 * {@link #start(Settings, Clock)} exactly as {@link Main} does, with their own clock.
 */
public final class Application implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Application.class);

  private final List<AutoCloseable> parts;
  private final WebServer web;

  private Application(WebServer web, List<AutoCloseable> parts) {
    this.web = web;
    this.parts = parts;
  }

  public static Application start(Settings settings, Clock clock) {
    List<AutoCloseable> parts = new ArrayList<>();
    try {
      return start(settings, clock, parts);
    } catch (RuntimeException e) {
      closeAll(parts);
      throw e;
    }
  }

  private static Application start(Settings settings, Clock clock, List<AutoCloseable> parts) {
    Database database = Database.open(settings.database());
    parts.add(database);

    SlackConfig slackConfig = new SlackConfig();
    slackConfig.setMethodsEndpointUrlPrefix(settings.slackApiUrl());
    Slack slack = Slack.getInstance(slackConfig);
    parts.add(slack);
    SlackGateway gateway = new SlackGateway(slack.methods(settings.botToken()));
    People people = new People(gateway, settings.defaultLocale());

    ExecutorService background = Executors.newFixedThreadPool(4, daemon("samen-background"));
    parts.add(() -> {
      background.shutdown();
      background.awaitTermination(5, TimeUnit.SECONDS);
    });
    // Delivery runs on the wall clock: Slack's pace and retry waits are real time, whatever the
    // app's clock says (tests and the playground move the app's clock).
    Clock wallClock = Clock.systemUTC();
    Outbox outbox = new Outbox(database.jdbi(), wallClock);
    OutboxWorker outboxWorker = new OutboxWorker(outbox, gateway, wallClock);

    Map<Class<? extends Job>, java.util.function.Supplier<? extends Job>> jobs = new ConcurrentHashMap<>();
    Scheduling scheduling = Scheduling.start("samen", JobFactories.of(jobs));
    parts.add(scheduling);

    NetworkService networks = new NetworkService(new NetworkRepository(database.jdbi()), clock,
        settings.defaultZone());
    MeetingService meetings = new MeetingService(new MeetingRepository(database.jdbi()), networks, clock);
    RsvpService rsvps = new RsvpService(new RsvpRepository(database.jdbi()), networks, clock);
    MeetingLookup lookup = new MeetingLookup(meetings, networks);
    MeetingNotices notices = new MeetingNotices(outbox, people, rsvps, background);

    List<Subcommand> subcommands = new ArrayList<>();
    subcommands.addAll(new NetworkCommands(networks, people, outbox).subcommands());
    subcommands.addAll(new MeetingCommands(meetings, networks, rsvps, lookup, notices, gateway).subcommands());
    subcommands.addAll(new RsvpCommands(rsvps, networks, lookup, people).subcommands());
    List<SlackApp.Listeners> listeners = List.of(
        new MeetingListeners(meetings, networks, notices, people),
        new RsvpListeners(rsvps, lookup, people, gateway));

    AppConfig appConfig = AppConfig.builder()
        .slack(slack)
        .singleTeamBotToken(settings.botToken())
        .signingSecret(settings.signingSecret().orElse(null))
        .build();
    App app = SlackApp.create(appConfig, new CommandRouter(subcommands), people, background, listeners);

    Optional<SocketModeApp> socketMode = startSocketMode(settings, app, parts);
    if (socketMode.isEmpty()) {
      startHttpApp(app);
    }
    outboxWorker.start();
    parts.add(0, outboxWorker);

    HealthCheck health = () -> {
      Map<String, Boolean> checks = new LinkedHashMap<>();
      checks.put("database", database.isHealthy());
      checks.put("scheduler", scheduling.isRunning());
      socketMode.ifPresent(s -> checks.put("slack_connection", s.getClient() != null && s.getClient().verifyConnection()));
      return checks;
    };
    WebServer web = WebServer.start(settings.port(), socketMode.isPresent() ? Optional.empty() : Optional.of(app),
        health, List.of());
    parts.add(0, web);
    log.info("Samen listens on port {} ({})", web.port(), socketMode.isPresent() ? "Socket Mode" : "HTTP");
    return new Application(web, parts);
  }

  /** Bolt checks the bot token with auth.test here; a refused token stops the start. */
  private static void startHttpApp(App app) {
    try {
      app.start();
    } catch (Exception e) {
      throw new IllegalStateException("SLACK_BOT_TOKEN was not accepted by Slack: " + e.getMessage(), e);
    }
  }

  private static Optional<SocketModeApp> startSocketMode(Settings settings, App app, List<AutoCloseable> parts) {
    if (!settings.socketMode()) {
      return Optional.empty();
    }
    try {
      SocketModeApp socketMode = new SocketModeApp(settings.appToken().get(), app,
          SocketModeClient.Backend.Tyrus, 4);
      socketMode.startAsync();
      parts.add(socketMode::close);
      return Optional.of(socketMode);
    } catch (Exception e) {
      throw new IllegalStateException("Socket Mode could not connect with SLACK_APP_TOKEN: " + e.getMessage(), e);
    }
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

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }
}
