package nl.samen.ship;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The house rules (STYLE.md) on the compiled classes: packages without cycles, a domain that knows
 * nothing of Slack or HTTP, features that meet only through each other's API, time from a clock.
 */
class ArchitectureTest {
  /** The feature packages: each owns its tables, repository, service and Slack surface. */
  private static final List<String> FEATURES = List.of("agenda", "calendar", "evaluation", "focus", "home", "meeting",
      "network", "plan", "privacy", "reminder", "report", "rsvp", "workshop");

  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("nl.samen");

  @Test
  void packagesHaveNoCycles() {
    slices().matching("nl.samen.(*)..").should().beFreeOfCycles().check(MAIN);
  }

  /** Only the composition root (Main, Application, Wiring) knows everything; nothing knows it. */
  @Test
  void nothingDependsOnTheCompositionRoot() {
    noClasses().that().resideOutsideOfPackage("nl.samen")
        .should().dependOnClassesThat().resideInAPackage("nl.samen")
        .check(MAIN);
  }

  @Test
  void servicesRepositoriesAndDomainRecords_knowNothingOfSlackOrHttp() {
    // The outbox is the one exception: a table of messages to send, which changes fill in their own
    // transaction so that none goes out twice. It holds no Slack types.
    noClasses().that(domain())
        .should().dependOnClassesThat().resideInAnyPackage("com.slack.api..", "io.javalin..")
        .orShould().dependOnClassesThat(slackButNotOutbox())
        .check(MAIN);
  }

  @Test
  void onlyTheWebPackageTouchesJavalin() {
    noClasses().that().resideOutsideOfPackage("nl.samen.web..")
        .should().dependOnClassesThat().resideInAPackage("io.javalin..")
        .check(MAIN);
  }

  /**
   * No feature builds or reads another's repository (its tables), answers for another's commands or
   * Slack listeners, or wires another feature: that is the composition root's. (Java itself keeps
   * package-private types to their package; what is public is a feature's API.) That no SQL names
   * another feature's tables is {@link TableOwnershipTest}'s.
   */
  @Test
  void featuresMeetOnlyThroughEachOthersApi() {
    for (String feature : FEATURES) {
      noClasses().that().resideInAPackage("nl.samen." + feature + "..")
          .should().dependOnClassesThat(anotherFeatures(feature, "Repository", "Commands", "Listeners", "Feature"))
          .check(MAIN);
    }
  }

  @Test
  void nowComesFromAnInjectedClock() {
    noClasses().should().callMethod(Instant.class, "now")
        .orShould().callMethod(LocalDate.class, "now")
        .orShould().callMethod(LocalDateTime.class, "now")
        .orShould().callMethod(LocalTime.class, "now")
        .orShould().callMethod(ZonedDateTime.class, "now")
        .orShould().callMethod(ZoneId.class, "systemDefault")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .check(MAIN);
  }

  private static DescribedPredicate<JavaClass> anotherFeatures(String own, String... kinds) {
    return DescribedPredicate.describe("are another feature's " + String.join(", ", kinds), c -> {
      String home = featureOf(c.getPackageName());
      return home != null && !home.equals(own) && Arrays.stream(kinds)
          .anyMatch(kind -> c.getSimpleName().endsWith(kind));
    });
  }

  private static String featureOf(String packageName) {
    return FEATURES.stream().filter(f -> packageName.equals("nl.samen." + f)
        || packageName.startsWith("nl.samen." + f + ".")).findFirst().orElse(null);
  }

  /** Services, repositories and records outside the Slack and web adapters and the composition root. */
  private static DescribedPredicate<JavaClass> domain() {
    return DescribedPredicate.describe("are services, repositories or records of the domain", c ->
        !c.getPackageName().equals("nl.samen") && !c.getPackageName().startsWith("nl.samen.slack")
            && !c.getPackageName().startsWith("nl.samen.web")
            && (c.getSimpleName().endsWith("Service") || c.getSimpleName().endsWith("Repository") || c.isRecord()));
  }

  private static DescribedPredicate<JavaClass> slackButNotOutbox() {
    return DescribedPredicate.describe("are in nl.samen.slack but not its outbox", c ->
        c.getPackageName().startsWith("nl.samen.slack") && !c.getPackageName().startsWith("nl.samen.slack.outbox"));
  }
}
