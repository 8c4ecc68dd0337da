package nl.samen.privacy;

import org.jdbi.v3.core.Jdbi;

/**
 * The direct messages the bot sent or still has to send a person (reminders, moves, cancellations),
 * as the outbox keeps them. Forgetting deletes them, except one being sent at that very moment.
 */
final class MessagesData implements PersonalData {
  private final Jdbi jdbi;

  MessagesData(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public String name() {
    return "direct_messages";
  }

  @Override
  public Object export(String teamId, String userId) {
    return Rows.of(jdbi, """
        select created_at, status, text from outbox
        where team_id = :team and channel_id = :user order by id""", teamId, userId);
  }

  @Override
  public void forget(String teamId, String userId, String placeholder) {
    Rows.forget(jdbi, teamId, userId, placeholder,
        "delete from outbox where team_id = :team and channel_id = :user and status <> 'sending'");
  }
}
