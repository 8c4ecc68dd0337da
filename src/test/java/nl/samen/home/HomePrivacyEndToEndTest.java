package nl.samen.home;

import static nl.samen.testing.TestApp.COORDINATOR;
import static nl.samen.testing.TestApp.MEMBER;
import static org.assertj.core.api.Assertions.assertThat;

import nl.samen.testing.TestApp;
import nl.samen.testing.TestNetwork;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** When someone last opened their App Home is theirs: the export says it, forgetting deletes it. */
class HomePrivacyEndToEndTest {
  @AutoClose
  private final TestApp app = TestNetwork.start();

  @BeforeEach
  void setUp() {
    app.client().homeOpened(MEMBER, "Ev1");
    app.slack.await("views.publish", c -> MEMBER.equals(c.param("user_id")));
  }

  @Test
  void theExport_saysWhenTheHomeWasLastOpened() {
    app.command(MEMBER, "privacy export");

    String export = app.slack.await("upload", c -> c.body().contains("\"app_home\"")).body();
    assertThat(export.replaceAll("\\s", "")).contains("\"app_home\":[{\"last_opened_at\":\"2026-11-23T08:00:00Z\"}]");
  }

  @Test
  void afterForgetting_theHomeIsNoLongerKnownToBeOpened_andNotRefreshed() {
    assertThat(app.command(MEMBER, "privacy forget confirm").visible()).contains("Your data has been forgotten");

    assertThat(openedRows()).isZero();
    app.command(COORDINATOR, "meeting new \"Netwerkoverleg\" 2026-12-03 09:30-12:00");
    app.drain();
    assertThat(app.slack.calls("views.publish")).filteredOn(c -> MEMBER.equals(c.param("user_id"))).hasSize(1);
  }

  private int openedRows() {
    return app.db().jdbi().withHandle(h -> h.createQuery("select count(*) from home_opened where user_id = :user")
        .bind("user", MEMBER).mapTo(Integer.class).one());
  }
}
