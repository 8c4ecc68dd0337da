package nl.samen.config;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.Map;

/**
 * Logback's configuration in code rather than logback.xml: the same console lines, without
 * parsing XML at every start (which costs a noticeable part of a second). Found by Logback
 * through {@code META-INF/services}.
 */
public final class LogSetup extends ContextAwareBase implements Configurator {
  /** Libraries that are chatty at INFO: only their warnings are of interest. */
  private static final Map<String, Level> QUIET = Map.of(
      "org.eclipse.jetty", Level.WARN,
      "org.quartz", Level.WARN,
      "org.flywaydb", Level.WARN,
      "com.zaxxer.hikari", Level.WARN,
      "io.javalin", Level.WARN,
      "com.slack.api", Level.WARN,
      "net.fortuna.ical4j", Level.WARN);

  @Override
  public ExecutionStatus configure(LoggerContext context) {
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern("%d{HH:mm:ss.SSS} %-5level %logger{0} - %msg%n");
    encoder.start();
    ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
    console.setContext(context);
    console.setName("console");
    console.setEncoder(encoder);
    console.start();
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.INFO);
    root.addAppender(console);
    QUIET.forEach((name, level) -> context.getLogger(name).setLevel(level));
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }
}
