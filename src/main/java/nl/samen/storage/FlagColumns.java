package nl.samen.storage;

import java.lang.reflect.Type;
import java.sql.Types;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.argument.ArgumentFactory;
import org.jdbi.v3.core.config.ConfigRegistry;

/**
 * Yes/no columns are integers 0 and 1 on both databases (SQLite has no boolean type): a Java
 * boolean is bound as that integer, so that PostgreSQL accepts it in an integer column too.
 */
final class FlagColumns implements ArgumentFactory.Preparable {
  private FlagColumns() {}

  static void register(Jdbi jdbi) {
    jdbi.registerArgument(new FlagColumns());
  }

  @Override
  public Optional<Function<Object, Argument>> prepare(Type type, ConfigRegistry config) {
    if (type != boolean.class && type != Boolean.class) {
      return Optional.empty();
    }
    return Optional.of(value -> (position, statement, ctx) -> {
      if (value == null) {
        statement.setNull(position, Types.INTEGER);
      } else {
        statement.setInt(position, (Boolean) value ? 1 : 0);
      }
    });
  }
}
