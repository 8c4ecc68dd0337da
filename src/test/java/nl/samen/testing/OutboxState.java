package nl.samen.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.jdbi.v3.core.Jdbi;

/**
 * The outbox of an app's database as a test sees it, so that tests wait on its state (a message
 * sent, recorded unknown, every notice expanded) instead of sleeping.
 */
public final class OutboxState {
  private final Jdbi jdbi;

  public OutboxState(Path database) {
    this(Jdbi.create("jdbc:sqlite:" + database));
  }

  public OutboxState(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** One message: where to, its text, its status. */
  public record Row(String channel, String text, String status) {}

  public List<Row> rows() {
    return jdbi.withHandle(h -> h.createQuery("select channel_id, text, status from outbox order by id")
        .map((rs, ctx) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3))).list());
  }

  /** Notices not expanded into messages yet. */
  public int pendingNotices() {
    return jdbi.withHandle(h -> h.createQuery("select count(*) from outbox_notice where status = 'pending'")
        .mapTo(Integer.class).one());
  }

  /** Nothing left to do: every notice expanded, no message waiting or being sent. */
  public boolean settled() {
    return pendingNotices() == 0 && rows().stream().noneMatch(r -> r.status().equals("pending")
        || r.status().equals("sending"));
  }

  /** Waits (polling, at most 20 s) until the state holds; fails with the rows if it does not. */
  public void await(Predicate<OutboxState> state, String what) {
    await(state, what, Duration.ofSeconds(20));
  }

  /** Waits (polling) until the state holds, at most {@code within}; fails with the rows if it does not. */
  public void await(Predicate<OutboxState> state, String what, Duration within) {
    // A look may meet the app holding the write lock for a moment: Await looks again.
    Await.until(() -> "the outbox " + what + ". Rows: " + rows(), within, () -> state.test(this));
  }
}
