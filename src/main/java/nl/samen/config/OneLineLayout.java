package nl.samen.config;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.LayoutBase;
import ch.qos.logback.core.util.CachingDateFormatter;

/**
 * {@code HH:mm:ss.SSS LEVEL Logger - message}, where the message and exception messages have their
 * line breaks and other control characters escaped: text from a request (a Slack body, a title)
 * can never start a line that looks like a log event of its own. Stack frames, which are code, keep
 * their own lines. Operators with their own Logback file can use it as
 * {@code <layout class="nl.samen.config.OneLineLayout"/>}.
 */
public final class OneLineLayout extends LayoutBase<ILoggingEvent> {
  /** Logback's own formatter of {@code %d}: the machine's local time, as operators read logs. */
  private final CachingDateFormatter time = new CachingDateFormatter("HH:mm:ss.SSS");

  @Override
  public String doLayout(ILoggingEvent event) {
    StringBuilder line = new StringBuilder(128)
        .append(time.format(event.getTimeStamp()))
        .append(' ').append(String.format("%-5s", event.getLevel()))
        .append(' ').append(shortName(event.getLoggerName()))
        .append(" - ").append(oneLine(event.getFormattedMessage()))
        .append(CoreConstants.LINE_SEPARATOR);
    String prefix = "";
    for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
      line.append(prefix).append(t.getClassName()).append(": ").append(oneLine(t.getMessage()))
          .append(CoreConstants.LINE_SEPARATOR);
      StackTraceElementProxy[] frames = t.getStackTraceElementProxyArray();
      for (int i = 0; i < frames.length - t.getCommonFrames(); i++) {
        line.append("\tat ").append(frames[i].getStackTraceElement()).append(CoreConstants.LINE_SEPARATOR);
      }
      prefix = "Caused by: ";
    }
    return line.toString();
  }

  /** The text with CR, LF and other control characters written as escapes, so it stays one line. */
  public static String oneLine(String text) {
    if (text == null) {
      return "null";
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  private static String shortName(String loggerName) {
    return loggerName.substring(loggerName.lastIndexOf('.') + 1);
  }
}
