package nl.samen.network;

import static nl.samen.testing.TestApp.CHANNEL;
import static nl.samen.testing.TestApp.COORDINATOR;
import static nl.samen.testing.TestApp.MEMBER;
import static nl.samen.testing.TestApp.OTHER;
import static org.assertj.core.api.Assertions.assertThat;

import nl.samen.testing.TestApp;
import nl.samen.testing.TestNetwork;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class NetworkEndToEndTest {
  @AutoClose
  private final TestApp app = TestNetwork.notSetUp();

  @Test
  void setup_makesTheChannelANetwork_andTheCallerItsCoordinator() {
    var answer = app.command(COORDINATOR, "setup \"IB-netwerk Noord\"");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().get("response_type").getAsString()).isEqualTo("ephemeral");
    assertThat(answer.visible()).contains("IB-netwerk Noord").contains("coördinator");
    var post = app.slack.await("chat.postMessage", c -> CHANNEL.equals(c.channel()));
    assertThat(post.text()).contains("IB-netwerk Noord").contains("<@" + COORDINATOR + ">");
  }

  @Test
  void setupTwice_isRefused_andKeepsTheFirstName() {
    app.command(COORDINATOR, "setup \"Eerste\"");

    var again = app.command(MEMBER, "setup \"Tweede\"");

    assertThat(again.visible()).contains("already the network \"Eerste\"");
    assertThat(app.command(MEMBER, "coordinator add <@U0OTHER|other>").visible()).contains("Only the network's coordinators");
  }

  @Test
  void coordinatorAddAndRemove_byACoordinator() {
    app.command(COORDINATOR, "instellen “IB-netwerk” verplicht");

    assertThat(app.command(COORDINATOR, "coordinator add <@U0MEMBER|member>").visible())
        .contains("<@U0MEMBER> is nu coördinator");
    assertThat(app.command(MEMBER, "coordinator remove <@U0COORD|coord>").visible())
        .contains("<@U0COORD> is no longer a coordinator");
    assertThat(app.command(MEMBER, "coordinator remove <@U0MEMBER|member>").visible())
        .contains("at least one coordinator");
  }

  @Test
  void members_listsHumansWithSchoolAndRole_afterTheAcknowledgement() {
    app.command(COORDINATOR, "setup \"IB-netwerk\"");
    app.command(MEMBER, "school \"De Regenboog\"");
    app.command(OTHER, "school “OBS 't Palet”");

    var answer = app.command(MEMBER, "members");

    assertThat(answer.status()).isEqualTo(200);
    var list = app.slack.await("response_url", c -> c.visible().contains("members"));
    assertThat(list.visible())
        .contains("<@U0COORD>", "<@U0MEMBER> — De Regenboog", "OBS 't Palet", "coordinator")
        .doesNotContain("U0BOT");
  }
}
