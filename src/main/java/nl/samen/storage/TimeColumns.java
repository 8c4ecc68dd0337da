package nl.samen.storage;

import java.lang.reflect.Type;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.ArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.mapper.ColumnMapper;

/**
 * The one place where java.time meets SQLite (which has no time types): instants as fixed-width
 * ISO text truncated to seconds, so they sort as text; local dates, times and zones as ISO text.
 * PostgreSQL keeps the same text columns, so that the repositories' SQL is the same on both.
 */
public final class TimeColumns {
  private TimeColumns() {}

  public static String instant(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  static void register(Jdbi jdbi) {
    jdbi.registerArgument(new TextArgument<>(Instant.class, TimeColumns::instant));
    jdbi.registerArgument(new TextArgument<>(LocalDate.class, LocalDate::toString));
    jdbi.registerArgument(new TextArgument<>(LocalTime.class, LocalTime::toString));
    jdbi.registerArgument(new TextArgument<>(ZoneId.class, ZoneId::getId));
    jdbi.registerColumnMapper(Instant.class, text(Instant::parse));
    jdbi.registerColumnMapper(LocalDate.class, text(LocalDate::parse));
    jdbi.registerColumnMapper(LocalTime.class, text(LocalTime::parse));
    jdbi.registerColumnMapper(ZoneId.class, text(ZoneId::of));
  }

  private static <T> ColumnMapper<T> text(Function<String, T> parse) {
    return (rs, column, ctx) -> {
      String value = rs.getString(column);
      return value == null ? null : parse.apply(value);
    };
  }

  /** Binds values of one java.time type as text, ahead of Jdbi's own (which would bind a timestamp). */
  private record TextArgument<T>(Class<T> type, Function<T, String> format)
      implements ArgumentFactory.Preparable {
    @Override
    public Optional<Function<Object, Argument>> prepare(Type target, ConfigRegistry config) {
      if (target != type) {
        return Optional.empty();
      }
      return Optional.of(value -> (position, statement, ctx) -> {
        if (value == null) {
          statement.setNull(position, Types.VARCHAR);
        } else {
          statement.setString(position, format.apply(type.cast(value)));
        }
      });
    }
  }
}
