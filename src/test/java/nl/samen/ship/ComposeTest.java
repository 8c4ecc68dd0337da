package nl.samen.ship;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * compose.yaml cannot run here (no Docker engine): it is read as YAML and held against what the app
 * reads, so that a renamed setting or a lost instance shows here rather than on a host.
 */
class ComposeTest {
  @SuppressWarnings("unchecked")
  private static Map<String, Object> services() throws IOException {
    Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("compose.yaml")));
    return (Map<String, Object>) compose.get("services");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> service(String name) throws IOException {
    return (Map<String, Object>) services().get(name);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> environment(String name) throws IOException {
    return (Map<String, String>) service(name).get("environment");
  }

  /** Every environment variable Settings names, read from its source. */
  private static Set<String> settingsRead() throws IOException {
    String source = Files.readString(Path.of("src/main/java/nl/samen/config/Settings.java"));
    Matcher m = Pattern.compile("\"((?:SLACK|SAMEN)_[A-Z_]+|PORT|LOG_LEVEL)\"").matcher(source);
    Set<String> names = new TreeSet<>();
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  @Test
  void twoSamenInstances_areBuiltFromTheDockerfile_onOnePostgresql() throws IOException {
    assertThat(services()).containsKeys("postgres", "samen-1", "samen-2", "balancer");
    for (String instance : List.of("samen-1", "samen-2")) {
      assertThat(service(instance)).containsEntry("build", ".");
      assertThat(environment(instance))
          .containsEntry("SAMEN_DATABASE_URL", "jdbc:postgresql://postgres:5432/samen")
          .containsKeys("SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SAMEN_DATABASE_USER", "SAMEN_DATABASE_PASSWORD");
      assertThat(service(instance).get("depends_on").toString()).contains("postgres", "service_healthy");
    }
    assertThat(service("samen-1").get("ports")).isNotEqualTo(service("samen-2").get("ports"));
    assertThat(Files.exists(Path.of("Dockerfile"))).isTrue();
  }

  @Test
  void everySettingGivenToSamen_isOneSettingsReads() throws IOException {
    Set<String> known = settingsRead();

    assertThat(known).contains("SAMEN_DATABASE_URL", "SAMEN_METRICS_TOKEN", "PORT");
    assertThat(environment("samen-1").keySet()).isSubsetOf(known);
  }

  @Test
  void theDatabaseUserAndName_areThoseOfThePostgresService() throws IOException {
    Map<String, String> postgres = environment("postgres");
    Map<String, String> samen = environment("samen-1");

    assertThat(samen.get("SAMEN_DATABASE_URL")).endsWith("/" + postgres.get("POSTGRES_DB"));
    assertThat(samen.get("SAMEN_DATABASE_USER")).isEqualTo(postgres.get("POSTGRES_USER"));
    assertThat(samen.get("SAMEN_DATABASE_PASSWORD")).isEqualTo(postgres.get("POSTGRES_PASSWORD"));
  }

  /** Without a fixed heap the JVM takes a quarter of the host's memory, whatever the instance needs. */
  @Test
  void theImageCapsTheJvmsHeapMetaspaceAndStacks() throws IOException {
    String dockerfile = Files.readString(Path.of("Dockerfile"));

    assertThat(dockerfile).containsPattern("JAVA_TOOL_OPTIONS=\"[^\"]*-Xmx\\d+m")
        .containsPattern("JAVA_TOOL_OPTIONS=\"[^\"]*-XX:MaxMetaspaceSize=\\d+m")
        .containsPattern("JAVA_TOOL_OPTIONS=\"[^\"]*-Xss\\d+k");
  }
}
