package nl.samen.meeting;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What meetings show of the answers to them; the answers feature provides it. */
public interface MeetingAnswers {
  /** The person's own answer as a word in their language, if they answered. */
  Optional<String> answerWord(Meeting meeting, String userId, Locale locale);

  /** The answers so far, as {@code viewer} may see them (reasons only for coordinators and oneself). */
  List<LayoutBlock> answers(Meeting meeting, String viewer, boolean coordinator, Locale locale);

  /** People whose answer is yes or maybe: they hear about moves and cancellations. */
  List<String> interestedPeople(Meeting meeting);
}
