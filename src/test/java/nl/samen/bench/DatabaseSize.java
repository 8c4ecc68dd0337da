package nl.samen.bench;

import java.util.List;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

/** How big the database has grown, and the row counts of the tables that grow most: for docs/SCALE.md. */
final class DatabaseSize {
  private static final List<String> TABLES = List.of("network", "meeting", "rsvp", "reminder_round",
      "reminder_delivery", "outbox", "posted_message");

  private DatabaseSize() {}

  static String describe(Jdbi jdbi, boolean postgres) {
    return jdbi.withHandle(h -> {
      long bytes = postgres
          ? h.createQuery("select pg_database_size(current_database())").mapTo(Long.class).one()
          : h.createQuery("select page_count * page_size from pragma_page_count(), pragma_page_size()")
              .mapTo(Long.class).one();
      String rows = TABLES.stream()
          .map(t -> t + " " + h.createQuery("select count(*) from " + t).mapTo(Long.class).one())
          .collect(Collectors.joining(", "));
      return String.format("%.1f MB; rows: %s", bytes / 1e6, rows);
    });
  }
}
