package nl.samen.reminder;

import java.util.List;

/** Who is in a network's channel: its human members, as Slack knows them now. */
@FunctionalInterface
interface MemberDirectory {
  /** @param teamId the network's team, whose installation sees the channel */
  List<String> humanMembers(String teamId, String channelId);
}
