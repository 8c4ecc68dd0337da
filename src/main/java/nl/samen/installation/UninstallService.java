package nl.samen.installation;

import nl.samen.storage.TeamRows;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A workspace uninstalled Samen or revoked its bot token: its installation and every row of its data
 * go (networks, meetings, answers, reminders, the outbox's messages to it: every table with its team
 * id). Slack sends both events, in either order, maybe twice: the second finds nothing left.
 */
public final class UninstallService {
  private static final Logger log = LoggerFactory.getLogger(UninstallService.class);
  private final Jdbi jdbi;

  public UninstallService(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** @return how many rows went */
  public int forget(String teamId) {
    int rows = TeamRows.deleteAll(jdbi, teamId);
    log.info("Workspace {} removed Samen: {} rows of its data deleted", teamId, rows);
    return rows;
  }
}
