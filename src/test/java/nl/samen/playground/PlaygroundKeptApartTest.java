package nl.samen.playground;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.samen.Main;
import nl.samen.testing.MutableClock;
import nl.samen.testing.TestApp;
import org.junit.jupiter.api.Test;

/** The playground lives beside the tests: production Samen neither holds, knows nor serves it. */
class PlaygroundKeptApartTest {
  private static final Path MAIN = Path.of("src/main/java/nl/samen");

  @Test
  void noProductionSource_refersToThePlayground() throws IOException {
    try (Stream<Path> files = Files.walk(MAIN)) {
      List<Path> referring = files.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> read(p).contains("nl.samen.playground"))
          .toList();
      assertThat(referring).isEmpty();
    }
  }

  /** samen.jar is the production classes and their dependencies: the playground is in neither. */
  @Test
  void theProductionClasses_holdNoPlaygroundClassOrPage() throws Exception {
    Path production = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path playground = Path.of(Playground.class.getProtectionDomain().getCodeSource().getLocation().toURI());

    assertThat(playground).isNotEqualTo(production);
    assertThat(production.resolve("nl/samen/Main.class")).exists();
    try (Stream<Path> files = Files.walk(production)) {
      assertThat(files.map(p -> production.relativize(p).toString().replace('\\', '/')))
          .noneMatch(p -> p.startsWith("nl/samen/playground") || p.startsWith("playground"));
    }
  }

  @Test
  void productionSamen_servesNoPlaygroundPage() throws Exception {
    try (TestApp app = new TestApp(MutableClock.at("2026-11-23T08:00:00Z"))) {
      assertThat(app.get("/").statusCode()).isEqualTo(404);
      assertThat(app.get("/ui/state?user=U0ANOUK").statusCode()).isEqualTo(404);
      assertThat(app.get("/playground.js").statusCode()).isEqualTo(404);
    }
  }

  @Test
  void thePlaygroundCommand_printsThePagesAddress_onOneLine() {
    PrintStream original = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    Playground playground;
    try {
      playground = Playground.run(Map.of("PORT", "0"));
    } finally {
      System.setOut(original);
    }
    try {
      // Samen's own log lines go to the console too; the address is one line of its own.
      assertThat(printed.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("Samen playground:")))
          .containsExactly("Samen playground: " + playground.pageUrl());
      assertThat(playground.pageUrl()).matches("http://127\\.0\\.0\\.1:\\d+/");
      assertThat(new PageClient(playground.pageUrl()).get("")).contains("<title>Samen playground</title>");
    } finally {
      playground.close();
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
