package nl.samen.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** STYLE's one dependency rule for this feature: services, repositories and records know no Slack or HTTP. */
class DependencyRuleTest {
  private static final List<String> DOMAIN = List.of("Service.java", "Repository.java", "AgendaItem.java",
      "Workshop.java", "WorkshopDraft.java", "WorkshopSeats.java", "WorkshopChoice.java", "SeatChange.java",
      "WorkshopEvents.java");

  @Test
  void servicesRepositoriesAndRecords_importNeitherSlackNorJavalin() throws IOException {
    for (String pkg : List.of("agenda", "workshop")) {
      try (Stream<Path> files = Files.list(Path.of("src/main/java/nl/samen", pkg))) {
        List<Path> domain = files.filter(f -> DOMAIN.stream().anyMatch(d -> f.getFileName().toString().endsWith(d)))
            .toList();
        assertThat(domain).isNotEmpty();
        for (Path file : domain) {
          assertThat(Files.readString(file)).as(file.toString())
              .doesNotContain("import com.slack.api", "import io.javalin", "nl.samen.slack.");
        }
      }
    }
  }
}
