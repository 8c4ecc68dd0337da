package nl.samen.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.service.builtin.oauth.view.OAuthRedirectUriPageRenderer;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import nl.samen.installation.InstallationService;

/**
 * Install mode: Slack's OAuth v2 flow through Bolt. {@code /slack/install} sends the installer to
 * Slack's authorize page with a fresh {@code state}; {@code /slack/oauth_redirect} checks that state
 * (cookie, link and database agree, once, within ten minutes), calls {@code oauth.v2.access} at
 * SLACK_API_URL and saves the installation through Samen's {@link InstallationService}.
 */
public final class InstallFlow {
  public static final String INSTALL_PATH = "/slack/install";
  public static final String REDIRECT_PATH = "/slack/oauth_redirect";
  /** The bot scopes Samen asks for: those of manifest.yml (ManifestTest keeps them equal). */
  public static final String BOT_SCOPES =
      "commands,chat:write,chat:write.public,users:read,channels:read,groups:read,im:write,files:write";

  private InstallFlow() {}

  /** The OAuth part of the app's configuration. */
  public static AppConfig.AppConfigBuilder configure(AppConfig.AppConfigBuilder config, String clientId,
      String clientSecret, String publicUrl, Locale locale) {
    return config.clientId(clientId).clientSecret(clientSecret).scope(BOT_SCOPES)
        .redirectUri(publicUrl + REDIRECT_PATH)
        .oauthInstallPath(INSTALL_PATH).oauthRedirectUriPath(REDIRECT_PATH)
        // Straight on to Slack, no page of Bolt's in between.
        .oAuthInstallPageRenderingEnabled(false)
        .oAuthRedirectUriPageRenderer(new Pages(locale, publicUrl + INSTALL_PATH));
  }

  static App app(AppConfig config, InstallationService installations, Function<String, List<String>> teamsOfChannel) {
    BoltInstallations store = new BoltInstallations(installations);
    App app = new CheckedTokenApp(config, new InstalledTeamAuthorization(store, teamsOfChannel));
    app.asOAuthApp(true);
    app.service(new BoltOAuthStates(installations));
    app.service(store);
    Pages pages = (Pages) config.getOAuthRedirectUriPageRenderer(); // set by configure
    // A wrong, used or expired state is refused as such, not answered with a page that says 200.
    app.oauthCallbackStateError((request, response) -> pages.refused(response));
    return app;
  }

  /** The pages the installer sees after Slack's redirect, in the default language. */
  private record Pages(Locale locale, String installUrl) implements OAuthRedirectUriPageRenderer {
    @Override
    public String renderSuccessPage(Installer installer, String completionUrl) {
      return page("install.done.title", Texts.get(locale, "install.done.text"));
    }

    @Override
    public String renderFailurePage(String installPath, String reason) {
      return page("install.failed.title", Texts.get(locale, "install.failed.text", installUrl));
    }

    Response refused(Response response) {
      response.setStatusCode(400);
      response.setContentType("text/html; charset=utf-8");
      response.setBody(renderFailurePage(INSTALL_PATH, "invalid_state"));
      return response;
    }

    private String page(String titleKey, String text) {
      String title = html(Texts.get(locale, titleKey));
      return "<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\"><title>"
          + title + "</title></head><body><h1>" + title + "</h1><p>" + html(text) + "</p></body></html>";
    }

    private static String html(String text) {
      return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
  }
}
