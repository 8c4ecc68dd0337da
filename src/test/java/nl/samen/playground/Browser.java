package nl.samen.playground;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromedriver, with a fresh profile, so that Selenium
 * downloads nothing; and the few things a test does on the playground page, as a person would.
 */
final class Browser implements AutoCloseable {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private final Path profile;
  private final ChromeDriver driver;
  private final WebDriverWait wait;

  Browser() {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      throw new IllegalStateException("The browser tests need Debian's chromium and chromium-driver "
          + "(apt-get install -y chromium chromium-driver; .ci/run installs them)");
    }
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    try {
      profile = Files.createTempDirectory("samen-chromium");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--window-size=1400,1000", "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  void open(String url) {
    driver.get(url);
    waitFor(By.cssSelector("[data-person]"));
  }

  /** Picks who the visitor is in the sidebar. */
  void actAs(Person person) {
    click(By.cssSelector("[data-person='" + person.id() + "']"));
    wait.until(ExpectedConditions.attributeContains(By.cssSelector("[data-person='" + person.id() + "']"),
        "class", "active"));
  }

  void type(String command) {
    WebElement input = waitFor(By.id("composer-input"));
    input.clear();
    input.sendKeys(command, Keys.ENTER);
  }

  /** Clicks; the page redraws a conversation when it changes, so a click that met a redraw is retried. */
  void click(By by) {
    wait.ignoring(StaleElementReferenceException.class)
        .until(d -> {
          wait.until(ExpectedConditions.elementToBeClickable(by)).click();
          return true;
        });
  }

  /** Clicks the button with this label in the last of the elements that show this text. */
  void clickButton(By in, String showing, String label) {
    wait.ignoring(StaleElementReferenceException.class).until(d -> {
      waitForText(in, showing).findElement(By.xpath(".//button[normalize-space()='" + label + "']")).click();
      return true;
    });
  }

  WebElement waitFor(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  /** Reads the last of the selected elements that shows this text, again if the page redraws it meanwhile. */
  <T> T readLast(By by, String text, Function<WebElement, T> read) {
    return wait.ignoring(StaleElementReferenceException.class).until(d -> d.findElements(by).stream()
        .filter(e -> e.getText().contains(text)).reduce((a, b) -> b).map(read).orElse(null));
  }

  /** Waits until an element with this text is shown in the selected elements. */
  WebElement waitForText(By by, String text) {
    wait.until(d -> d.findElements(by).stream().anyMatch(e -> e.getText().contains(text)));
    return driver.findElements(by).stream().filter(e -> e.getText().contains(text)).reduce((a, b) -> b).orElseThrow();
  }

  void waitUntilGone(By by) {
    wait.until(ExpectedConditions.invisibilityOfElementLocated(by));
  }

  List<WebElement> all(By by) {
    return driver.findElements(by);
  }

  /** Sets a date or time input the way its picker would (their typed formats depend on the locale). */
  void setValue(WebElement input, String value) {
    ((JavascriptExecutor) driver).executeScript(
        "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));", input, value);
  }

  String text(By by) {
    return waitFor(by).getText();
  }

  void screenshot(Path file) {
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A leftover profile in the temp directory is harmless.
    }
  }
}
