package nl.samen.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.builtin.RequestVerification;
import com.slack.api.bolt.middleware.builtin.SingleTeamAuthorization;
import com.slack.api.methods.response.auth.AuthTestResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * Bolt's app with its own middleware (signature check and all), but with Samen's authorization: one
 * workspace with the bot token's {@code auth.test} answer handed in (Samen asks it once, while the rest
 * of the app starts, instead of Bolt asking it at start and again on the first request), or in install
 * mode the token of the workspace each request comes from ({@link InstalledTeamAuthorization}).
 */
final class CheckedTokenApp extends App {
  private final Middleware authorization;

  CheckedTokenApp(AppConfig config, Middleware authorization) {
    super(config);
    this.authorization = authorization;
  }

  static CheckedTokenApp singleWorkspace(AppConfig config, AuthTestResponse tokenCheck) {
    return new CheckedTokenApp(config, new SingleTeamAuthorization(config, tokenCheck, null));
  }

  @Override
  protected List<Middleware> buildDefaultMiddlewareList(AppConfig config) {
    // Without the token and the client Bolt adds no authorization of its own; ours goes right after
    // the signature check.
    List<Middleware> middleware = new ArrayList<>(super.buildDefaultMiddlewareList(
        config.toBuilder().singleTeamBotToken(null).clientId(null).clientSecret(null).build()));
    int afterVerification = 0;
    for (int i = 0; i < middleware.size(); i++) {
      if (middleware.get(i) instanceof RequestVerification) {
        afterVerification = i + 1;
      }
    }
    middleware.add(afterVerification, authorization);
    return middleware;
  }
}
