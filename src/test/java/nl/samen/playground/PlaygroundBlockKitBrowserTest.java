package nl.samen.playground;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import nl.samen.testing.Await;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Block Kit as a person sees and uses it in the page: the test acts as Samen's bot on the stand-in's
 * Web API (with Slack's SDK), then looks at the page and checks what each click sent to Samen.
 */
class PlaygroundBlockKitBrowserTest {
  private static Playground playground;
  private static Browser browser;
  private static Slack slack;
  private static MethodsClient bot;
  private static PageClient page;

  @BeforeAll
  static void start() {
    playground = Playground.start(new Playground.Options(0, false));
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(playground.standInApiUrl());
    slack = Slack.getInstance(config);
    bot = slack.methods(playground.botToken());
    page = new PageClient(playground.pageUrl());
    browser = new Browser();
    browser.open(playground.pageUrl());
  }

  @AfterAll
  static void stop() throws Exception {
    browser.close();
    slack.close();
    playground.close();
  }

  @Test
  void aMessage_showsMrkdwnFieldsContextAndDivider_andItsSelectOverflowAndButtonSendBlockActions() throws Exception {
    bot.chatPostMessage(r -> r.channel(Workspace.CHANNEL).text("Galerie").blocksAsString("""
        [{"type":"header","text":{"type":"plain_text","text":"Galerie :tada:"}},
         {"type":"section","text":{"type":"mrkdwn","text":"*vet* en _schuin_ en `code` voor <@U0BRAM> met <https://example.org/agenda|de agenda>\\nnieuwe regel :calendar: &lt;geen tag&gt;"},
          "accessory":{"type":"overflow","action_id":"more","options":[
            {"text":{"type":"plain_text","text":"Bewerken"},"value":"edit"},{"text":{"type":"plain_text","text":"Weg"},"value":"drop"}]}},
         {"type":"section","fields":[{"type":"mrkdwn","text":"*Wanneer*\\ndo 3 dec"},{"type":"mrkdwn","text":"*Waar*\\nGouda"}]},
         {"type":"divider"},
         {"type":"context","elements":[{"type":"mrkdwn","text":"Voor <!channel>"}]},
         {"type":"actions","block_id":"pick","elements":[
           {"type":"static_select","action_id":"round","placeholder":{"type":"plain_text","text":"Kies een ronde"},
            "options":[{"text":{"type":"plain_text","text":"Ronde 1"},"value":"r1"},{"text":{"type":"plain_text","text":"Ronde 2"},"value":"r2"}]},
           {"type":"button","action_id":"go","style":"primary","value":"42","text":{"type":"plain_text","text":"Doe mee"}}]}]
        """));
    browser.actAs(Workspace.BRAM);
    browser.click(By.id("nav-channel"));

    WebElement message = browser.waitForText(By.cssSelector("#messages .message.bot"), "Galerie");
    assertThat(message.findElement(By.cssSelector(".bk-header")).getText()).isEqualTo("Galerie 🎉");
    assertThat(message.findElement(By.cssSelector("b")).getText()).isEqualTo("vet");
    assertThat(message.findElement(By.cssSelector("i")).getText()).isEqualTo("schuin");
    assertThat(message.findElement(By.cssSelector("code")).getText()).isEqualTo("code");
    assertThat(message.findElement(By.cssSelector(".mention")).getText()).isEqualTo("@Bram Jansen");
    assertThat(message.findElement(By.linkText("de agenda")).getAttribute("href")).isEqualTo("https://example.org/agenda");
    assertThat(message.findElement(By.cssSelector(".bk-text")).getText()).contains("nieuwe regel 📅 <geen tag>")
        .contains("\n");
    assertThat(message.findElements(By.cssSelector(".bk-field"))).extracting(WebElement::getText)
        .containsExactly("Wanneer\ndo 3 dec", "Waar\nGouda");
    assertThat(message.findElements(By.cssSelector("hr.bk-divider"))).hasSize(1);
    assertThat(message.findElement(By.cssSelector(".bk-context")).getText()).isEqualTo("Voor @channel");

    new org.openqa.selenium.support.ui.Select(message.findElement(By.cssSelector("select"))).selectByValue("r2");
    awaitTraffic(t -> t.contains("\"selected_option\"") && t.contains("\"r2\""));
    browser.click(By.cssSelector(".overflow-toggle"));
    browser.click(By.cssSelector(".bk-overflow-item[data-value='edit']"));
    awaitTraffic(t -> t.contains("\"overflow\"") && t.contains("\"edit\""));
    browser.clickButton(By.cssSelector("#messages .message.bot"), "Galerie", "Doe mee");
    awaitTraffic(t -> t.contains("\"action_id\":\"go\"") && t.contains("\"value\":\"42\""));
    assertThat(sentToSamen()).anyMatch(body -> body.contains("\"response_url\"") && body.contains(Workspace.BRAM.id()));
  }

  @Test
  void aFileTheBotUploads_isOfferedForDownload_inTheConversation() throws Exception {
    byte[] report = "# Jaarverslag IB-netwerk\nGoed gegaan.\n".getBytes(StandardCharsets.UTF_8);
    bot.filesUploadV2(r -> r.channel("D0FATIMA").filename("jaarverslag.md").title("Jaarverslag 2026-2027")
        .fileData(report).initialComment("Hier is het verslag"));
    browser.actAs(Workspace.FATIMA);
    browser.click(By.id("nav-app"));

    WebElement file = browser.waitForText(By.cssSelector("#messages .file"), "Jaarverslag 2026-2027");
    String href = file.findElement(By.cssSelector("a.file-download")).getAttribute("href");

    assertThat(href).startsWith(playground.pageUrl() + "files/");
    assertThat(page.get(href.substring(playground.pageUrl().length()))).isEqualTo(new String(report, StandardCharsets.UTF_8));
  }

  @Test
  void openingTheHomeTab_tellsSamen_andShowsSamensHome_whoseButtonsAnswer() throws Exception {
    page.command(Workspace.ANOUK.id(), "/samen setup \"IB-netwerk\"");
    page.command(Workspace.ANOUK.id(), "/samen meeting new \"Thuisoverleg\" 2030-03-14 09:30");
    browser.actAs(Workspace.LOTTE);
    browser.click(By.id("nav-app"));
    browser.click(By.id("tab-home"));

    browser.waitForText(By.cssSelector("#home"), "Thuisoverleg");
    awaitTraffic(t -> t.contains("app_home_opened") && t.contains(Workspace.LOTTE.id()));
    browser.clickButton(By.id("home"), "Thuisoverleg", "Misschien");
    awaitTraffic(t -> t.contains("\"rsvp_maybe\"") && t.contains("\"type\":\"view\""));
    browser.waitForText(By.cssSelector("#home"), "Jouw antwoord: misschien");
  }

  /** Waits until one request the playground sent to Samen has a body that passes the test. */
  private static void awaitTraffic(Predicate<String> test) {
    Await.until(() -> "sent to Samen; sent were: " + sentToSamen(), Duration.ofSeconds(10),
        () -> sentToSamen().stream().anyMatch(test));
  }

  private static List<String> sentToSamen() {
    return JsonParser.parseString(page.get("ui/traffic")).getAsJsonObject().getAsJsonArray("entries").asList()
        .stream().map(JsonElement::getAsJsonObject).filter(e -> e.get("toSamen").getAsBoolean())
        .map(e -> e.get("body").getAsString()).toList();
  }
}
