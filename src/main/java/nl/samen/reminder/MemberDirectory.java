package nl.samen.reminder;

import java.util.List;

/** Who is in a network's channel: its human members, as Slack knows them now. */
@FunctionalInterface
interface MemberDirectory {
  List<String> humanMembers(String channelId);
}
