package nl.samen.network;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.generic.GenericType;

/** Networks, their coordinators and members' schools in SQLite. */
public final class NetworkRepository {
  private final Jdbi jdbi;

  public NetworkRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** Inserts the network and its first coordinator in one transaction; empty if the channel is taken. */
  Optional<Network> insert(Network draft) {
    return jdbi.inTransaction(h -> {
      boolean taken = h.createQuery(
              "select count(*) from network where team_id = :team and channel_id = :channel")
          .bind("team", draft.teamId())
          .bind("channel", draft.channelId())
          .mapTo(Integer.class)
          .one() > 0;
      if (taken) {
        return Optional.<Network>empty();
      }
      long id = h.createUpdate("""
              insert into network (team_id, channel_id, name, required, time_zone,
                                   rsvp_deadline_hours, created_by, created_at)
              values (:teamId, :channelId, :name, :required, :zone, :rsvpDeadlineHours,
                      :createdBy, :createdAt)
              """)
          .bindMethods(draft)
          .executeAndReturnGeneratedKeys("id")
          .mapTo(Long.class)
          .one();
      h.createUpdate("""
              insert into coordinator (team_id, network_id, user_id, added_by, added_at)
              values (:team, :network, :user, :user, :at)
              """)
          .bind("team", draft.teamId())
          .bind("network", id)
          .bind("user", draft.createdBy())
          .bind("at", draft.createdAt())
          .execute();
      return Optional.of(new Network(id, draft.teamId(), draft.channelId(), draft.name(),
          draft.required(), draft.zone(), draft.rsvpDeadlineHours(), draft.createdBy(),
          draft.createdAt()));
    });
  }

  public Optional<Network> findByChannel(String teamId, String channelId) {
    return jdbi.withHandle(h -> h.createQuery(
            "select * from network where team_id = :team and channel_id = :channel")
        .bind("team", teamId)
        .bind("channel", channelId)
        .map(NetworkRepository::network)
        .findOne());
  }

  /** The teams with a network on this channel: a shared channel's id is the same in every workspace. */
  public List<String> teamsOfChannel(String channelId) {
    return jdbi.withHandle(h -> h.createQuery("select team_id from network where channel_id = :channel order by id")
        .bind("channel", channelId)
        .mapTo(String.class)
        .list());
  }

  public Optional<Network> findById(long id) {
    return jdbi.withHandle(h -> h.createQuery("select * from network where id = :id")
        .bind("id", id)
        .map(NetworkRepository::network)
        .findOne());
  }

  public List<Network> all() {
    return jdbi.withHandle(h -> h.createQuery("select * from network order by id")
        .map(NetworkRepository::network)
        .list());
  }

  public List<String> coordinators(long networkId) {
    return jdbi.withHandle(h -> h.createQuery(
            "select user_id from coordinator where network_id = :network order by added_at, user_id")
        .bind("network", networkId)
        .mapTo(String.class)
        .list());
  }

  boolean addCoordinator(Network network, String userId, String addedBy, Instant at) {
    return jdbi.withHandle(h -> h.createUpdate("""
            insert into coordinator (team_id, network_id, user_id, added_by, added_at)
            values (:team, :network, :user, :by, :at)
            on conflict do nothing
            """)
        .bind("team", network.teamId())
        .bind("network", network.id())
        .bind("user", userId)
        .bind("by", addedBy)
        .bind("at", at)
        .execute() == 1);
  }

  /** Removes a coordinator unless they are the last one; says whether a row went. */
  boolean removeCoordinatorUnlessLast(long networkId, String userId) {
    return jdbi.withHandle(h -> h.createUpdate("""
            delete from coordinator where network_id = :network and user_id = :user
              and (select count(*) from coordinator where network_id = :network) > 1
            """)
        .bind("network", networkId)
        .bind("user", userId)
        .execute() == 1);
  }

  void saveSchool(String teamId, String userId, String school, Instant at) {
    jdbi.useHandle(h -> h.createUpdate("""
            insert into member_school (team_id, user_id, school, updated_at)
            values (:team, :user, :school, :at)
            on conflict (team_id, user_id) do update set school = :school, updated_at = :at
            """)
        .bind("team", teamId)
        .bind("user", userId)
        .bind("school", school)
        .bind("at", at)
        .execute());
  }

  /** Every member's school in the workspace: the people to talk to about a theme. */
  /** Names of the networks that would have no coordinator left without this person. */
  public List<String> networksOnlyCoordinatedBy(String teamId, String userId) {
    return jdbi.withHandle(h -> h.createQuery("""
            select n.name from coordinator c join network n on n.id = c.network_id
            where c.team_id = :team and c.user_id = :user
              and not exists (select 1 from coordinator o where o.network_id = c.network_id and o.user_id <> :user)
            order by n.name""")
        .bind("team", teamId).bind("user", userId).mapTo(String.class).list());
  }

  public Map<String, String> schoolsOfMembers(String teamId) {
    return jdbi.withHandle(h -> h.createQuery(
            "select user_id, school from member_school where team_id = :team order by user_id")
        .bind("team", teamId)
        .setMapKeyColumn("user_id")
        .setMapValueColumn("school")
        .collectInto(new GenericType<Map<String, String>>() {}));
  }

  public Map<String, String> schools(String teamId, Collection<String> userIds) {
    if (userIds.isEmpty()) {
      return Map.of();
    }
    return jdbi.withHandle(h -> h.createQuery(
            "select user_id, school from member_school where team_id = :team and user_id in (<users>)")
        .bind("team", teamId)
        .bindList("users", List.copyOf(userIds))
        .setMapKeyColumn("user_id")
        .setMapValueColumn("school")
        .collectInto(new GenericType<Map<String, String>>() {}));
  }

  private static Network network(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
      throws java.sql.SQLException {
    return new Network(
        rs.getLong("id"),
        rs.getString("team_id"),
        rs.getString("channel_id"),
        rs.getString("name"),
        rs.getInt("required") == 1,
        java.time.ZoneId.of(rs.getString("time_zone")),
        rs.getInt("rsvp_deadline_hours"),
        rs.getString("created_by"),
        Instant.parse(rs.getString("created_at")));
  }
}
