package nl.samen.privacy;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.samen.slack.Escape;
import nl.samen.slack.Texts;

/** The confirmation step of {@code privacy forget}: what will go, and the one button that does it. */
final class PrivacyViews {
  static final String ACTION_FORGET = "privacy_forget_confirm";

  private PrivacyViews() {}

  /** What the person reads after asking to be forgotten. */
  static String outcome(PrivacyService.Forgetting forgetting, Locale locale) {
    if (forgetting instanceof PrivacyService.Forgetting.OnlyCoordinator only) {
      return onlyCoordinator(only.networks(), locale);
    }
    return Texts.get(locale, "privacy.forget.done");
  }

  static String onlyCoordinator(List<String> networks, Locale locale) {
    return Texts.get(locale, "privacy.forget.onlyCoordinator",
        networks.stream().map(name -> "*" + Escape.mrkdwn(name) + "*").collect(Collectors.joining(", ")));
  }

  static List<LayoutBlock> confirmForget(Locale locale) {
    return List.of(
        section(s -> s.text(markdownText(Texts.get(locale, "privacy.forget.question")))),
        actions(a -> a.blockId("privacy_forget").elements(List.of(
            button(b -> b.actionId(ACTION_FORGET).style("danger").value("forget")
                .text(plainText(Texts.get(locale, "privacy.forget.button"))))))));
  }
}
