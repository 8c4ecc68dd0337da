package nl.samen.ship;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The dependency rules of STYLE.md, checked on the sources so that they stay true. */
class ArchitectureTest {
  private static final Path MAIN = Path.of("src/main/java/nl/samen");

  private static List<Path> sources() throws IOException {
    try (Stream<Path> files = Files.walk(MAIN)) {
      return files.filter(p -> p.toString().endsWith(".java")).toList();
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Services, repositories and the records of the features: the domain. */
  private static boolean isDomain(Path file) {
    Path relative = MAIN.relativize(file);
    if (relative.getNameCount() < 2 || List.of("slack", "web", "playground").contains(relative.getName(0).toString())) {
      return false;
    }
    String content = read(file);
    return file.getFileName().toString().matches(".*(Service|Repository)\\.java")
        || content.contains("\npublic record ") || content.contains("\nrecord ");
  }

  @Test
  void servicesRepositoriesAndRecords_knowNothingOfSlackOrHttp() throws IOException {
    List<Path> domain = sources().stream().filter(ArchitectureTest::isDomain).toList();

    assertThat(domain).isNotEmpty();
    // The outbox is the one exception: a table of messages to send, which reminders fill in the
    // same transaction as their claims so that none goes out twice. It holds no Slack types.
    assertThat(domain).allSatisfy(file -> assertThat(read(file).replace("import nl.samen.slack.outbox.", ""))
        .as(file.toString())
        .doesNotContain("import com.slack.api")
        .doesNotContain("import io.javalin")
        .doesNotContain("nl.samen.slack."));
  }

  @Test
  void onlyTheWebPackageTouchesJavalin() throws IOException {
    assertThat(sources()).filteredOn(file -> read(file).contains("import io.javalin"))
        .allSatisfy(file -> assertThat(MAIN.relativize(file).toString()).startsWith("web"));
  }

  @Test
  void nowComesFromAnInjectedClock() throws IOException {
    assertThat(sources()).allSatisfy(file -> assertThat(read(file))
        .as(file.toString())
        .doesNotContainPattern("(Instant|LocalDate|LocalDateTime|ZonedDateTime|LocalTime)\\.now\\(\\)")
        .doesNotContain("ZoneId.systemDefault()")
        .doesNotContain("System.currentTimeMillis()"));
  }
}
