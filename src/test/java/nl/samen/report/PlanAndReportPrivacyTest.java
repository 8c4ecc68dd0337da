package nl.samen.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.samen.meeting.MeetingRepository;
import nl.samen.meeting.MeetingService;
import nl.samen.network.Network;
import nl.samen.network.NetworkRepository;
import nl.samen.network.NetworkService;
import nl.samen.network.SchoolYear;
import nl.samen.plan.ActivityDraft;
import nl.samen.plan.BudgetRepository;
import nl.samen.plan.Money;
import nl.samen.plan.Plan;
import nl.samen.plan.PlanPersonalData;
import nl.samen.plan.PlanRepository;
import nl.samen.plan.PlanService;
import nl.samen.plan.TrackedActivity;
import nl.samen.storage.Database;
import nl.samen.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PlanAndReportPrivacyTest {
  private static final SchoolYear YEAR = new SchoolYear(2026);
  private final MutableClock clock = MutableClock.at("2026-09-14T08:00:00Z");
  private Database database;
  private PlanService plans;
  private Network network;
  private ReportLinks links;

  @BeforeEach
  void open() throws Exception {
    Path dir = Files.createTempDirectory("samen-privacy");
    database = Database.open(dir.resolve("samen.db"));
    NetworkService networks = new NetworkService(new NetworkRepository(database.jdbi()), clock,
        ZoneId.of("Europe/Amsterdam"));
    plans = new PlanService(new PlanRepository(database.jdbi()), new BudgetRepository(database.jdbi()), networks,
        new MeetingService(new MeetingRepository(database.jdbi()), networks, clock), clock);
    network = ((NetworkService.SetupResult.Created) networks.setUpNetwork("T", "C", "U0", "Netwerk", false)).network();
    links = new ReportLinks(database.jdbi(), clock);
    plans.addGoal(network, "U0", YEAR, "Doel");
    plans.addActivity(network, "U0", new ActivityDraft(1, "Kijkwijzer", Optional.empty(), Optional.empty(),
        Optional.of("U1")));
    plans.recordProgress(network, "U1", 1, 60, Optional.of("Concept"));
    plans.recordOutcome(network, "U1", 1, "In gebruik");
    plans.setBudget(network, "U0", YEAR, new Money(10000));
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void export_listsWhatThePersonOwnsAndWrote() {
    @SuppressWarnings("unchecked")
    Map<String, List<Map<String, Object>>> export =
        (Map<String, List<Map<String, Object>>>) new PlanPersonalData(database.jdbi()).export("T", "U1");

    assertThat(export.get("activities_added_or_owned")).singleElement()
        .satisfies(row -> assertThat(row).containsEntry("title", "Kijkwijzer").containsEntry("owner", "U1"));
    assertThat(export.get("changes_recorded")).extracting(row -> row.get("note")).containsExactly("Concept", "In gebruik");
    assertThat(export.get("budget_lines")).isEmpty();
  }

  @Test
  void forget_replacesThePersonInOwnershipAndHistory_andKeepsTheProgressAndSums() {
    new PlanPersonalData(database.jdbi()).forget("T", "U1", "forgotten");

    Plan plan = plans.plan(network, YEAR);
    TrackedActivity activity = plan.activities().get(0);
    assertThat(activity.activity().owner()).contains("forgotten");
    assertThat(activity.progress()).isEqualTo(60);
    assertThat(activity.history()).extracting(e -> e.actor()).containsOnly("forgotten");
    assertThat(plan.budget().set()).contains(new Money(10000));
    @SuppressWarnings("unchecked")
    Map<String, List<?>> export = (Map<String, List<?>>) new PlanPersonalData(database.jdbi()).export("T", "U1");
    assertThat(export.values()).allSatisfy(rows -> assertThat(rows).isEmpty());
  }

  @Test
  void forget_withdrawsTheReportPagesThatNameThePerson_only() {
    ReportLinks.Link naming = links.create(network, YEAR, "<p>U1</p>", List.of("U0", "U1"), "U0");
    ReportLinks.Link other = links.create(network, YEAR, "<p>U0</p>", List.of("U0", "U10"), "U0");

    new ReportPersonalData(database.jdbi()).forget("T", "U1", "forgotten");

    assertThat(links.page(naming.token())).isEmpty();
    assertThat(links.page(other.token())).contains("<p>U0</p>");
  }

  @Test
  void tokens_areLongRandomAndStoredOnlyAsAHash() {
    ReportLinks.Link link = links.create(network, YEAR, "<p>x</p>", List.of("U0"), "U0");

    assertThat(link.token()).matches("[A-Za-z0-9_-]{43}");
    assertThat(links.create(network, YEAR, "<p>x</p>", List.of("U0"), "U0").token()).isNotEqualTo(link.token());
    String stored = database.jdbi().withHandle(h -> h.createQuery("select group_concat(token_hash) from report_link")
        .mapTo(String.class).one());
    assertThat(stored).doesNotContain(link.token()).contains(ReportLinks.hash(link.token()));
    assertThat(link.expiresAt()).isEqualTo(clock.instant().plus(ReportLinks.LIFETIME));
  }
}
