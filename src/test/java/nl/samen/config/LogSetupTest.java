package nl.samen.config;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.util.ContextInitializer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LogSetupTest {
  @Test
  void aLogbackFileGivenByProperty_isHonoured() throws Exception {
    Path file = Files.createTempFile("samen-logback", ".xml");
    Files.writeString(file, """
        <configuration>
          <appender name="fromFile" class="ch.qos.logback.core.read.ListAppender"/>
          <logger name="nl.samen.probe" level="ERROR"/>
          <root level="DEBUG"><appender-ref ref="fromFile"/></root>
        </configuration>
        """);
    LoggerContext context = new LoggerContext();
    String before = System.getProperty(ContextInitializer.CONFIG_FILE_PROPERTY);
    System.setProperty(ContextInitializer.CONFIG_FILE_PROPERTY, file.toString());
    try {
      new ContextInitializer(context).autoConfig();
    } finally {
      if (before == null) {
        System.clearProperty(ContextInitializer.CONFIG_FILE_PROPERTY);
      } else {
        System.setProperty(ContextInitializer.CONFIG_FILE_PROPERTY, before);
      }
    }

    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    assertThat(root.getAppender("fromFile")).isNotNull();
    assertThat(root.getAppender("console")).isNull();
    assertThat(root.getLevel()).isEqualTo(Level.DEBUG);
    assertThat(context.getLogger("nl.samen.probe").getLevel()).isEqualTo(Level.ERROR);
  }

  @Test
  void withoutAFile_samensOwnSetupRuns_atTheLevelLogLevelNames() {
    LoggerContext context = new LoggerContext();
    LogSetup.configure(context, "debug");

    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    assertThat(root.getAppender("console")).isNotNull();
    assertThat(root.getLevel()).isEqualTo(Level.DEBUG);
    assertThat(context.getLogger("com.slack.api").getLevel()).isEqualTo(Level.WARN);
  }

  @Test
  void anUnsetLogLevel_isInfo_andAnUnknownOneNamesNoLevel() {
    assertThat(LogSetup.level(null)).contains(Level.INFO);
    assertThat(LogSetup.level(" WARN ")).contains(Level.WARN);
    assertThat(LogSetup.level("LOUD")).isEmpty();
  }

  @Test
  void aMessageWithLineBreaks_staysOneLine() {
    LoggerContext context = new LoggerContext();
    OneLineLayout layout = new OneLineLayout();
    layout.setContext(context);
    layout.start();
    Logger logger = context.getLogger("nl.samen.Probe");
    LoggingEvent event = new LoggingEvent("x", logger, Level.WARN,
        "Title {}", null, new Object[] {"a\r\n12:00:00.000 ERROR Forged - b\u2028c"});

    String line = layout.doLayout(event);

    assertThat(line).hasLineCount(1).endsWith(System.lineSeparator())
        .contains("WARN  Probe - Title a\\r\\n12:00:00.000 ERROR Forged - b\\u2028c");
  }
}
