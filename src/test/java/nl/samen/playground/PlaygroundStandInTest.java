package nl.samen.playground;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.view.View;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The stand-in answers Slack's real SDK as Slack does, and keeps what a person would see. */
class PlaygroundStandInTest {
  private static final String TOKEN = "xoxb-playground-test";
  private final Revision revision = new Revision();
  private final Conversations conversations = new Conversations(() -> Clock.systemUTC().instant(), revision);
  private final OpenViews views = new OpenViews(revision);
  private final Handles handles = new Handles();
  private SlackStandIn standIn;
  private Slack slack;
  private MethodsClient bot;

  @BeforeEach
  void start() throws Exception {
    standIn = new SlackStandIn(TOKEN, conversations, views, handles, new Traffic(Clock.systemUTC()));
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(standIn.apiUrl());
    slack = Slack.getInstance(config);
    bot = slack.methods(TOKEN);
  }

  @AfterEach
  void stop() throws Exception {
    slack.close();
    standIn.close();
  }

  @Test
  void postsGoToTheChannelOrToAPersonsDm_andUpdatesReplaceThem() throws Exception {
    var inChannel = bot.chatPostMessage(r -> r.channel(Workspace.CHANNEL).text("Hallo *netwerk*"));
    var toBram = bot.chatPostMessage(r -> r.channel(Workspace.BRAM.id()).text("Hoi Bram"));
    var updated = bot.chatUpdate(r -> r.channel(Workspace.CHANNEL).ts(inChannel.getTs()).text("Hallo allemaal"));

    assertThat(inChannel.isOk()).isTrue();
    assertThat(toBram.getChannel()).isEqualTo("D0BRAM");
    assertThat(updated.isOk()).isTrue();
    assertThat(conversations.in(Workspace.CHANNEL)).singleElement()
        .satisfies(m -> assertThat(m.text()).isEqualTo("Hallo allemaal"))
        .satisfies(m -> assertThat(m.edited()).isTrue());
    assertThat(conversations.in("D0BRAM")).extracting(Message::text).containsExactly("Hoi Bram");
  }

  @Test
  void itIsTheTestsFake_recordingEveryCall_andFailingWhenTold() throws Exception {
    standIn.slack().failNext("chat.postMessage", 500, 1, java.util.Optional.empty());

    assertThatThrownBy(() -> bot.chatPostMessage(r -> r.channel(Workspace.CHANNEL).text("Eerste")))
        .isInstanceOf(SlackApiException.class).hasMessageContaining("500");
    var posted = bot.chatPostMessage(r -> r.channel(Workspace.CHANNEL).text("Tweede"));

    assertThat(posted.isOk()).isTrue();
    assertThat(conversations.in(Workspace.CHANNEL)).extracting(Message::text).containsExactly("Tweede");
    assertThat(standIn.slack().calls()).extracting(c -> c.method() + " " + c.text())
        .containsExactly("chat.postMessage:failed Eerste", "chat.postMessage Tweede");
  }

  @Test
  void answersAboutPeople_withTheirLocale_andRefusesAWrongToken() throws Exception {
    var hannah = bot.usersInfo(r -> r.user(Workspace.HANNAH.id()).includeLocale(true));
    var members = bot.conversationsMembers(r -> r.channel(Workspace.CHANNEL));
    var dm = bot.conversationsOpen(r -> r.users(List.of(Workspace.LOTTE.id())));
    var wrongToken = slack.methods("xoxb-wrong").authTest(r -> r);
    var unknown = bot.chatScheduleMessage(r -> r.channel(Workspace.CHANNEL).postAt(1).text("x"));

    assertThat(hannah.getUser().getLocale()).isEqualTo("en-GB");
    assertThat(hannah.getUser().getRealName()).isEqualTo("Hannah Wright");
    assertThat(members.getMembers()).hasSize(7).contains(Workspace.ANOUK.id(), Workspace.BOT_USER);
    assertThat(dm.getChannel().getId()).isEqualTo("D0LOTTE");
    assertThat(wrongToken.getError()).isEqualTo("invalid_auth");
    assertThat(unknown.getError()).isEqualTo("unknown_method");
  }

  @Test
  void modalsOpenForThePersonBehindTheTrigger_andUpdateInPlace_homesArePublished() throws Exception {
    String trigger = handles.newTrigger(Workspace.FATIMA.id());
    View modal = View.builder().type("modal").callbackId("test").title(
        com.slack.api.model.view.ViewTitle.builder().type("plain_text").text("Eerste").build()).blocks(List.of()).build();

    var opened = bot.viewsOpen(r -> r.triggerId(trigger).view(modal));
    modal.setTitle(com.slack.api.model.view.ViewTitle.builder().type("plain_text").text("Tweede").build());
    var updated = bot.viewsUpdate(r -> r.viewId(opened.getView().getId()).view(modal));
    var refused = bot.viewsOpen(r -> r.triggerId("made-up").view(modal));
    var home = bot.viewsPublish(r -> r.userId(Workspace.FATIMA.id()).view(View.builder().type("home").blocks(List.of()).build()));

    assertThat(updated.isOk()).isTrue();
    assertThat(views.top(Workspace.FATIMA.id())).get().satisfies(v -> {
      assertThat(v.id()).isEqualTo(opened.getView().getId());
      assertThat(v.view().getAsJsonObject("title").get("text").getAsString()).isEqualTo("Tweede");
    });
    assertThat(refused.getError()).isEqualTo("invalid_trigger_id");
    assertThat(home.isOk()).isTrue();
    assertThat(views.home(Workspace.FATIMA.id())).isPresent();
    assertThat(views.top(Workspace.BRAM.id())).isEmpty();
  }

  @Test
  void filesUploadedWithTheV2Flow_appearInTheConversation_withTheirBytes() throws Exception {
    byte[] report = "# Jaarverslag\nGoed gegaan.".getBytes(StandardCharsets.UTF_8);

    var upload = bot.filesUploadV2(r -> r.channel(Workspace.CHANNEL).filename("jaarverslag.md")
        .title("Jaarverslag 2026-2027").fileData(report).initialComment("Het verslag"));

    assertThat(upload.isOk()).isTrue();
    Message message = conversations.in(Workspace.CHANNEL).get(0);
    assertThat(message.text()).isEqualTo("Het verslag");
    assertThat(message.files()).singleElement().satisfies(file -> {
      assertThat(file.title()).isEqualTo("Jaarverslag 2026-2027");
      assertThat(file.name()).isEqualTo("jaarverslag.md");
      assertThat(file.content()).isEqualTo(report);
    });
  }

  @Test
  void aResponseUrlPost_isEphemeralForThePerson_unlessInChannel_orReplacingTheClickedMessage() throws Exception {
    var clicked = bot.chatPostMessage(r -> r.channel(Workspace.CHANNEL).text("Kom je?"));
    String ephemeral = standIn.responseUrl(new Handles.ResponseTarget(Workspace.BRAM.id(), Workspace.CHANNEL,
        java.util.Optional.empty()));
    String replacing = standIn.responseUrl(new Handles.ResponseTarget(Workspace.BRAM.id(), Workspace.CHANNEL,
        java.util.Optional.of(clicked.getTs())));

    slack.send(ephemeral, "{\"response_type\":\"ephemeral\",\"text\":\"Alleen voor Bram\"}");
    slack.send(replacing, "{\"replace_original\":true,\"text\":\"Bram komt\"}");

    List<Message> channel = conversations.in(Workspace.CHANNEL);
    assertThat(channel).extracting(Message::text).containsExactly("Bram komt", "Alleen voor Bram");
    assertThat(channel.get(1).visibleTo(Workspace.BRAM.id())).isTrue();
    assertThat(channel.get(1).visibleTo(Workspace.ANOUK.id())).isFalse();
  }
}
