package nl.samen.reminder;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.samen.slack.outbox.OutboxLedger;
import org.jdbi.v3.core.Jdbi;

/**
 * A network's messages other than reminders (announcements, moves, cancellations, seats given)
 * that Slack refused, or that may not have arrived: shown to coordinators next to failed reminders.
 */
final class UndeliveredRepository {
  private final Jdbi jdbi;
  private final OutboxLedger ledger;

  UndeliveredRepository(Jdbi jdbi, OutboxLedger ledger) {
    this.jdbi = jdbi;
    this.ledger = ledger;
  }

  /** One message; {@code unknown} when Slack may or may not have received it. */
  record Undelivered(String recipient, Instant at, String text, boolean unknown, String error) {}

  /** In the network's channel, or a direct message it caused, written since {@code since}. */
  List<Undelivered> of(String teamId, long networkId, String channelId, Instant since) {
    List<OutboxLedger.Undelivered> messages = ledger.undelivered(teamId, networkId, channelId, since);
    Set<Long> reminders = new HashSet<>(); // failed reminders are listed with their rule instead
    MeetingPlans.inChunks(messages.stream().map(OutboxLedger.Undelivered::id).toList(), chunk ->
        jdbi.useHandle(h -> h.createQuery("select outbox_id from reminder_delivery where outbox_id in (<ids>)")
            .bindList("ids", chunk).mapTo(Long.class).forEach(reminders::add)));
    return messages.stream().filter(m -> !reminders.contains(m.id()))
        .map(m -> new Undelivered(m.channelOrUser(), m.createdAt(), m.text(), m.unknown(), m.error()))
        .toList();
  }
}
