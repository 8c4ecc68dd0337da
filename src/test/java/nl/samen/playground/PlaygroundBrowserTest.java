package nl.samen.playground;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The playground in real headless Chromium, used as a visitor uses it: set up a network as the
 * coordinator, schedule a meeting in the modal, answer as a member with a button, move the clock,
 * and see the direct message Samen sends.
 */
class PlaygroundBrowserTest {
  private static final By CHANNEL_POSTS = By.cssSelector("#messages .message.bot");
  private static final By MY_REPLIES = By.cssSelector("#messages .message.ephemeral");
  private static final By MODAL = By.id("modal");

  private Playground playground;
  private Browser browser;
  private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

  @BeforeEach
  void start() {
    playground = Playground.start(new Playground.Options(0, false));
    browser = new Browser();
    browser.open(playground.pageUrl());
  }

  @AfterEach
  void stop() {
    try {
      browser.screenshot(Path.of("target", "playground-browser.png"));
    } finally {
      browser.close();
      playground.close();
    }
  }

  @Test
  void aCoordinatorSetsUp_schedulesInTheModal_aMemberClicksYes_andAMoveReachesTheirDm() {
    browser.actAs(Workspace.ANOUK);
    browser.type("/samen setup \"IB-netwerk Gouda\" required");
    browser.waitForText(CHANNEL_POSTS, "IB-netwerk Gouda");
    assertThat(browser.waitForText(MY_REPLIES, "IB-netwerk Gouda").getText()).contains("Only visible to you");

    browser.type("/samen meeting new");
    WebElement modal = browser.waitFor(MODAL);
    assertThat(modal.getText()).contains("Nieuwe bijeenkomst");
    modal.findElement(By.cssSelector("[data-block-id='title'] input")).sendKeys("Netwerkbijeenkomst leesplan");
    browser.setValue(modal.findElement(By.cssSelector("[data-block-id='date'] input")), today.plusDays(10).toString());
    browser.setValue(modal.findElement(By.cssSelector("[data-block-id='end'] input")), "08:00");
    modal.findElement(By.cssSelector("[data-block-id='place'] input")).sendKeys("OBS De Klimop, Gouda");
    browser.click(By.id("modal-submit"));
    // Samen refuses an end before the start next to the field, and what was typed stays.
    assertThat(browser.waitForText(By.cssSelector("#modal .bk-error"), "na het begin").getText()).isNotBlank();
    assertThat(modal.findElement(By.cssSelector("[data-block-id='title'] input")).getAttribute("value"))
        .isEqualTo("Netwerkbijeenkomst leesplan");
    browser.setValue(modal.findElement(By.cssSelector("[data-block-id='end'] input")), "11:30");
    browser.click(By.id("modal-submit"));
    browser.waitUntilGone(MODAL);
    WebElement announcement = browser.waitForText(CHANNEL_POSTS, "Netwerkbijeenkomst leesplan");
    assertThat(announcement.getText()).contains("#1", "09:30–11:30", "OBS De Klimop, Gouda");

    browser.actAs(Workspace.BRAM);
    browser.clickButton(CHANNEL_POSTS, "Netwerkbijeenkomst leesplan", "Ja");
    assertThat(browser.waitForText(MY_REPLIES, "Je antwoord").getText()).contains("ja", "#1 Netwerkbijeenkomst leesplan");

    String before = browser.text(By.id("app-time"));
    browser.click(By.id("time-day"));
    browser.waitForText(By.id("app-offset"), "+1d");
    assertThat(browser.text(By.id("app-time"))).isNotEqualTo(before);

    browser.actAs(Workspace.ANOUK);
    browser.type("/samen meeting 1 move " + today.plusDays(12) + " 13:00-15:00");
    browser.waitForText(MY_REPLIES, "verplaatst");

    browser.actAs(Workspace.BRAM);
    browser.click(By.id("nav-app"));
    WebElement dm = browser.waitForText(By.cssSelector("#messages .message.bot"), "verplaatst");
    assertThat(dm.getText()).contains("Netwerkbijeenkomst leesplan", "13:00–15:00");
    assertThat(dm.findElements(By.xpath(".//button[normalize-space()='Ja']"))).hasSize(1);
  }

  @Test
  void saying_no_inARequiredNetwork_asksForAReasonInAModal_whichSamenReplacesWithItsAnswer() {
    browser.actAs(Workspace.ANOUK);
    browser.type("/samen setup \"IB-netwerk Gouda\" required");
    browser.waitForText(CHANNEL_POSTS, "IB-netwerk Gouda");
    browser.type("/samen meeting new \"Intervisie\" " + today.plusDays(8) + " 14:00-16:00");
    browser.actAs(Workspace.LOTTE);

    browser.clickButton(CHANNEL_POSTS, "Intervisie", "Nee");
    WebElement modal = browser.waitForText(MODAL, "Ik kom niet");
    browser.click(By.id("modal-submit"));
    browser.waitForText(By.cssSelector("#modal .bk-error"), "geef een reden op");
    modal.findElement(By.cssSelector("[data-block-id='reason'] textarea")).sendKeys("Studiedag op school");
    browser.click(By.id("modal-submit"));

    assertThat(browser.waitForText(MODAL, "nee").getText()).contains("#1 Intervisie");
    assertThat(browser.all(By.id("modal-submit"))).isEmpty();
    browser.click(By.id("modal-close"));
    browser.waitUntilGone(MODAL);
  }

  /**
   * Enable when the reminders feature is merged: with its tables in the database, "to the next
   * reminder" lands just past the DM one day before the meeting, and the member who said yes sees it.
   */
  @Test
  void toTheNextReminder_bringsTheReminderDmToTheMemberWhoSaidYes() {
    browser.actAs(Workspace.ANOUK);
    browser.type("/samen setup \"IB-netwerk Gouda\"");
    browser.waitForText(CHANNEL_POSTS, "IB-netwerk Gouda");
    browser.type("/samen meeting new \"Intervisie\" " + today.plusDays(3) + " 10:00-12:00 at \"Het Palet\"");
    browser.actAs(Workspace.BRAM);
    browser.clickButton(CHANNEL_POSTS, "Intervisie", "Ja");
    browser.waitForText(MY_REPLIES, "Je antwoord");

    for (int step = 0; step < 3 && browser.all(By.cssSelector("#dm-unread:not([hidden])")).isEmpty(); step++) {
      browser.click(By.id("time-reminder"));
      browser.waitForText(By.id("app-offset"), "ahead");
    }
    browser.click(By.id("nav-app"));

    By messages = By.cssSelector("#messages .message.bot");
    String reminder = browser.readLast(messages, "Intervisie", WebElement::getText);
    assertThat(reminder).doesNotContain("verplaatst");
    int yesButtons = browser.readLast(messages, "Intervisie",
        message -> message.findElements(By.xpath(".//button[normalize-space()='Ja']")).size());
    assertThat(yesButtons).isEqualTo(1);
  }
}
