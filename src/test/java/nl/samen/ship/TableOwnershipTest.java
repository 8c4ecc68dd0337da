package nl.samen.ship;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each package owns its tables (issue 12, point 1): the SQL in a package's classes names only its
 * own tables; another feature asks the owner's public API. Read from the sources, because the SQL
 * lives in text blocks and string literals that bytecode rules do not see.
 */
class TableOwnershipTest {
  private static final Path MAIN = Path.of("src/main/java/nl/samen");
  private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

  /** Table → the package below {@code nl.samen} that owns it. */
  private static final Map<String, String> OWNER = Map.ofEntries(
      Map.entry("network", "network"), Map.entry("coordinator", "network"), Map.entry("member_school", "network"),
      Map.entry("meeting", "meeting"),
      Map.entry("rsvp", "rsvp"), Map.entry("attendance", "rsvp"),
      Map.entry("agenda_item", "agenda"), Map.entry("agenda_post", "agenda"), Map.entry("agenda_minute", "agenda"),
      Map.entry("agenda_minutes_post", "agenda"), Map.entry("agenda_action", "agenda"),
      Map.entry("agenda_backlog", "agenda"),
      Map.entry("workshop", "workshop"), Map.entry("workshop_choice", "workshop"),
      Map.entry("workshop_ranking", "workshop"), Map.entry("workshop_rank", "workshop"),
      Map.entry("workshop_assignment", "workshop"),
      Map.entry("plan_activity", "plan"), Map.entry("plan_budget_line", "plan"), Map.entry("plan_event", "plan"),
      Map.entry("plan_goal", "plan"),
      Map.entry("focus_theme", "focus"), Map.entry("report_link", "report"), Map.entry("calendar_token", "calendar"),
      Map.entry("home_opened", "home"),
      Map.entry("reminder_rule", "reminder"), Map.entry("reminder_mute", "reminder"),
      Map.entry("reminder_arming", "reminder"), Map.entry("reminder_round", "reminder"),
      Map.entry("reminder_delivery", "reminder"), Map.entry("reminder_evaluation_off", "reminder"),
      Map.entry("evaluation_request", "evaluation"), Map.entry("evaluation_answer", "evaluation"),
      Map.entry("outbox", "slack/outbox"), Map.entry("outbox_new", "slack/outbox"),
      Map.entry("outbox_notice", "slack/outbox"), Map.entry("posted_message", "slack/outbox"),
      Map.entry("installation", "installation"), Map.entry("oauth_state", "installation"),
      Map.entry("channel_pace", "slack/outbox"), Map.entry("seen_event", "slack"),
      // Quartz's own tables (its clustered store on PostgreSQL); only schedule/ reads one of them.
      Map.entry("qrtz_job_details", "schedule"), Map.entry("qrtz_triggers", "schedule"),
      Map.entry("qrtz_simple_triggers", "schedule"), Map.entry("qrtz_cron_triggers", "schedule"),
      Map.entry("qrtz_simprop_triggers", "schedule"), Map.entry("qrtz_blob_triggers", "schedule"),
      Map.entry("qrtz_calendars", "schedule"), Map.entry("qrtz_paused_trigger_grps", "schedule"),
      Map.entry("qrtz_fired_triggers", "schedule"), Map.entry("qrtz_scheduler_state", "schedule"),
      Map.entry("qrtz_locks", "schedule"));

  private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL);
  private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
  private static final Pattern TABLE = Pattern.compile(
      "\\b(?:from|join|into|update|table)\\s+([a-z_]+)", Pattern.CASE_INSENSITIVE);

  @Test
  void everyTableOfTheMigrations_hasAnOwner() throws IOException {
    Pattern create = Pattern.compile("create table (?:if not exists )?([a-z_]+)", Pattern.CASE_INSENSITIVE);
    Set<String> created = new TreeSet<>();
    try (Stream<Path> files = Files.walk(MIGRATIONS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
        Matcher m = create.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (m.find()) {
          created.add(m.group(1).toLowerCase());
        }
      }
    }
    assertThat(created).isNotEmpty();
    assertThat(OWNER.keySet()).as("owners named in this test").containsAll(created);
  }

  @Test
  void eachPackagesSql_namesOnlyItsOwnTables() throws IOException {
    List<String> trespasses = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String relative = MAIN.relativize(file).toString().replace('\\', '/');
        String home = relative.substring(0, Math.max(0, relative.lastIndexOf('/')));
        for (String table : tablesNamedIn(Files.readString(file, StandardCharsets.UTF_8))) {
          String owner = OWNER.get(table);
          if (owner != null && !owner.equals(home) && !allowed(relative, owner)) {
            trespasses.add(relative + " uses " + table + " (owned by " + owner + ")");
          }
        }
      }
    }
    assertThat(trespasses).as("tables used outside their owner package").isEmpty();
  }

  /** The sanity check of the scan itself: it finds the tables a known repository uses. */
  @Test
  void theScan_findsTablesInTextBlocksAndStrings() {
    assertThat(tablesNamedIn("""
        String a = \"""
            select r.rule from reminder_round r
            join meeting m on m.id = r.meeting_id\""";
        String b = "update rsvp set reason = null"; // from attendance: a comment is not SQL
        """)).containsExactlyInAnyOrder("reminder_round", "meeting", "rsvp");
  }

  /**
   * The privacy feature sweeps every table for a forgotten person's leftover ids (it lists them
   * from the schema, naming none) and exports the messages the bot sent them, from the outbox.
   */
  private static boolean allowed(String file, String owner) {
    return file.equals("privacy/PrivacyRepository.java")
        || (owner.equals("slack/outbox") && file.equals("privacy/MessagesData.java"));
  }

  private static Set<String> tablesNamedIn(String source) {
    Set<String> tables = new TreeSet<>();
    StringBuilder sql = new StringBuilder();
    Matcher blocks = TEXT_BLOCK.matcher(source);
    while (blocks.find()) {
      sql.append(blocks.group(1)).append(";\n");
    }
    Matcher strings = STRING.matcher(TEXT_BLOCK.matcher(source).replaceAll(""));
    while (strings.find()) {
      sql.append(strings.group(1)).append(";\n"); // a table name never spans two literals
    }
    Matcher names = TABLE.matcher(sql);
    while (names.find()) {
      tables.add(names.group(1).toLowerCase());
    }
    return tables;
  }
}
