package nl.samen.config;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.ContextInitializer;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Logback's configuration in code rather than logback.xml: console lines that are one line per
 * event whatever text they carry ({@link OneLineLayout}), at the level {@code LOG_LEVEL} names,
 * without parsing XML at every start. Found by Logback through {@code META-INF/services}; an
 * operator's own file given as {@code -Dlogback.configurationFile} wins, so this steps aside then.
 */
public final class LogSetup extends ContextAwareBase implements Configurator {
  /** The levels an operator may choose, as the product's settings table names them. */
  static final Map<String, Level> LEVELS = Map.of(
      "ERROR", Level.ERROR, "WARN", Level.WARN, "INFO", Level.INFO, "DEBUG", Level.DEBUG, "TRACE", Level.TRACE);

  /** Libraries that are chatty at INFO (and Bolt, which logs raw request bodies below WARN). */
  private static final Map<String, Level> QUIET = Map.of(
      "org.eclipse.jetty", Level.WARN,
      "org.quartz", Level.WARN,
      "org.flywaydb", Level.WARN,
      "com.zaxxer.hikari", Level.WARN,
      "io.javalin", Level.WARN,
      "com.slack.api", Level.WARN,
      // It warns with the whole body of a request it cannot place; Samen's route logs that instead.
      "com.slack.api.bolt.util.SlackRequestParser", Level.ERROR,
      "net.fortuna.ical4j", Level.WARN);

  @Override
  public ExecutionStatus configure(LoggerContext context) {
    if (System.getProperty(ContextInitializer.CONFIG_FILE_PROPERTY) != null) {
      return ExecutionStatus.INVOKE_NEXT_IF_ANY;
    }
    configure(context, System.getenv("LOG_LEVEL"));
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }

  static void configure(LoggerContext context, String logLevel) {
    OneLineLayout layout = new OneLineLayout();
    layout.setContext(context);
    layout.start();
    LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
    encoder.setContext(context);
    encoder.setLayout(layout);
    encoder.start();
    ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
    console.setContext(context);
    console.setName("console");
    console.setEncoder(encoder);
    console.start();
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    // A wrong value stops the start later, in Settings, with a line naming it; until then, INFO.
    root.setLevel(level(logLevel).orElse(Level.INFO));
    root.addAppender(console);
    QUIET.forEach((name, level) -> context.getLogger(name).setLevel(level));
  }

  /** The level a {@code LOG_LEVEL} value names; empty when it names none. Unset or blank is INFO. */
  static Optional<Level> level(String logLevel) {
    if (logLevel == null || logLevel.isBlank()) {
      return Optional.of(Level.INFO);
    }
    return Optional.ofNullable(LEVELS.get(logLevel.trim().toUpperCase(Locale.ROOT)));
  }
}
