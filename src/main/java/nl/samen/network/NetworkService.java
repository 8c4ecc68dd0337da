package nl.samen.network;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Makes channels into networks and keeps their coordinators and members' schools. */
public final class NetworkService {
  public static final int DEFAULT_RSVP_DEADLINE_HOURS = 48;

  private final NetworkRepository repository;
  private final Clock clock;
  private final ZoneId defaultZone;

  /** The networks on their own tables. */
  public static NetworkService of(Jdbi jdbi, Clock clock, ZoneId defaultZone) {
    return new NetworkService(new NetworkRepository(jdbi), clock, defaultZone);
  }

  public NetworkService(NetworkRepository repository, Clock clock, ZoneId defaultZone) {
    this.repository = repository;
    this.clock = clock;
    this.defaultZone = defaultZone;
  }

  public sealed interface SetupResult {
    record Created(Network network) implements SetupResult {}

    record AlreadyExists(Network network) implements SetupResult {}
  }

  public enum RoleChange {
    ADDED,
    ALREADY_COORDINATOR,
    REMOVED,
    NOT_A_COORDINATOR,
    LAST_COORDINATOR,
    NOT_ALLOWED
  }

  /** Makes the channel a network with the caller as its first coordinator; once per channel. */
  public SetupResult setUpNetwork(
      String teamId, String channelId, String userId, String name, boolean required) {
    Network draft = new Network(0, teamId, channelId, name, required, defaultZone,
        DEFAULT_RSVP_DEADLINE_HOURS, userId, clock.instant());
    return repository.insert(draft)
        .<SetupResult>map(SetupResult.Created::new)
        .orElseGet(() -> new SetupResult.AlreadyExists(
            repository.findByChannel(teamId, channelId).orElseThrow()));
  }

  public Optional<Network> networkOfChannel(String teamId, String channelId) {
    return repository.findByChannel(teamId, channelId);
  }

  /**
   * The teams whose networks use this channel. In a channel shared between workspaces (Slack Connect)
   * a request from the other side can be answered through the installation of the network's team.
   */
  public List<String> teamsOfChannel(String channelId) {
    return repository.teamsOfChannel(channelId);
  }

  public Optional<Network> network(long id) {
    return repository.findById(id);
  }

  public boolean isCoordinator(Network network, String userId) {
    return repository.coordinators(network.id()).contains(userId);
  }

  public List<String> coordinators(Network network) {
    return repository.coordinators(network.id());
  }

  /** Every network of every team, e.g. to find a person's networks. */
  public List<Network> all() {
    return repository.all();
  }

  /** Names of the networks that would have no coordinator left without this person. */
  public List<String> networksOnlyCoordinatedBy(String teamId, String userId) {
    return repository.networksOnlyCoordinatedBy(teamId, userId);
  }

  /** Every member's school in the workspace, by user id. */
  public Map<String, String> schoolsOfMembers(String teamId) {
    return repository.schoolsOfMembers(teamId);
  }

  /** The known schools of these people, by user id. */
  public Map<String, String> schools(String teamId, Collection<String> userIds) {
    return repository.schools(teamId, userIds);
  }

  public RoleChange addCoordinator(Network network, String actor, String userId) {
    if (!isCoordinator(network, actor)) {
      return RoleChange.NOT_ALLOWED;
    }
    return repository.addCoordinator(network, userId, actor, clock.instant())
        ? RoleChange.ADDED
        : RoleChange.ALREADY_COORDINATOR;
  }

  public RoleChange removeCoordinator(Network network, String actor, String userId) {
    if (!isCoordinator(network, actor)) {
      return RoleChange.NOT_ALLOWED;
    }
    if (!isCoordinator(network, userId)) {
      return RoleChange.NOT_A_COORDINATOR;
    }
    return repository.removeCoordinatorUnlessLast(network.id(), userId)
        ? RoleChange.REMOVED
        : RoleChange.LAST_COORDINATOR;
  }

  public void recordSchool(String teamId, String userId, String school) {
    repository.saveSchool(teamId, userId, school, clock.instant());
  }

  public Optional<String> schoolOf(String teamId, String userId) {
    return Optional.ofNullable(repository.schools(teamId, List.of(userId)).get(userId));
  }

  /**
   * The roster of a network: the channel's human members (and any coordinator not in the channel),
   * coordinators first, then by school and id.
   */
  public List<Member> roster(Network network, Collection<String> channelMembers) {
    List<String> coordinators = repository.coordinators(network.id());
    java.util.Set<String> everyone = new java.util.LinkedHashSet<>(coordinators);
    everyone.addAll(channelMembers);
    Map<String, String> schools = repository.schools(network.teamId(), everyone);
    return everyone.stream()
        .map(user -> new Member(user, Optional.ofNullable(schools.get(user)),
            coordinators.contains(user)))
        .sorted(Comparator.comparing((Member m) -> !m.coordinator())
            .thenComparing(m -> m.school().orElse("\uFFFF"))
            .thenComparing(Member::userId))
        .toList();
  }
}
