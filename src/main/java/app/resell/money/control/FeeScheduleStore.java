package app.resell.money.control;

import app.resell.money.entity.FeeSchedule;
import app.resell.money.entity.FeeScheduleDocument;
import app.resell.problems.control.ProblemException;
import app.resell.setup.control.JsonMapping;
import app.resell.taxonomy.entity.Platform;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The fee schedules in force. Every feature that computes platform fees (sales, pricing, max bid)
 * asks this store, so an administrator's edit applies everywhere at once.
 *
 * <p>The schedules live in {@code fee_schedules}, one jsonb row per platform. A platform without a
 * row gets the shipped default ({@link FeeSchedules#defaults()}) when the store first loads, which
 * {@link FeeScheduleStartup} does at start-up: the defaults file stays the one source of the
 * figures (a migration would have to copy them into SQL and freeze them there), and a platform
 * added later is seeded without a new migration. The rows are read once and kept as an immutable
 * snapshot; an edit writes its row and reloads the snapshot, so readers never see a half-applied
 * change. Edits are serialised in this JVM and guarded by the row's {@code version} across writers.
 *
 * <p>Constructed outside the container (plain Java, unit tests) there is no database, and the store
 * answers the shipped defaults.
 */
@ApplicationScoped
public class FeeScheduleStore {

  @Resource(lookup = "java:global/jdbc/resell")
  DataSource dataSource;

  /** One platform's schedule with its row's bookkeeping. */
  public record Stored(
      FeeSchedule schedule, long version, UUID updatedBy, OffsetDateTime updatedAt) {

    /** The schedule as the API shows it. */
    public FeeScheduleDocument document() {
      FeeScheduleDocument d = FeeScheduleDocument.of(schedule);
      d.version = version;
      d.updatedBy = updatedBy;
      d.updatedAt = updatedAt;
      return d;
    }
  }

  private record Snapshot(FeeSchedules schedules, Map<Platform, Stored> rows) {}

  private volatile Snapshot snapshot;

  /** The schedules in force now; never {@code null}. */
  public FeeSchedules current() {
    return snapshot().schedules();
  }

  /** A calculator over the schedules in force now. */
  public FeeCalculator calculator() {
    return new FeeCalculator(current());
  }

  /** Every platform's schedule, in {@link Platform} order. */
  public List<Stored> all() {
    return List.copyOf(snapshot().rows().values());
  }

  public Stored get(Platform platform) {
    return snapshot().rows().get(platform);
  }

  /**
   * Replaces one platform's schedule when {@code expectedVersion} is still the row's version.
   *
   * @throws InvalidFeeScheduleException naming every invalid field
   * @throws ProblemException 409 when someone changed the schedule since it was read
   */
  public synchronized Stored replace(FeeSchedule schedule, long expectedVersion, UUID updatedBy) {
    Platform platform = Platform.parse(schedule.platform()).orElseThrow();
    current().with(schedule); // validates against the whole set, or throws
    try (Connection c = dataSource.getConnection();
        PreparedStatement st =
            c.prepareStatement(
                "UPDATE fee_schedules SET schedule = ?::jsonb, source = ?, checked_on = ?,"
                    + " updated_by = ?, updated_at = now(), version = version + 1"
                    + " WHERE platform = ?::platform_type AND version = ?")) {
      st.setString(1, json(schedule));
      st.setString(2, schedule.source());
      st.setObject(3, schedule.checkedOn());
      st.setObject(4, updatedBy);
      st.setString(5, platform.value());
      st.setLong(6, expectedVersion);
      if (st.executeUpdate() == 0) {
        long now = load().rows().get(platform).version();
        throw ProblemException.conflict(
            "The %s fee schedule is at version %d, not %d: someone changed it. Reload and try again."
                .formatted(platform.value(), now, expectedVersion));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot store the fee schedule: " + e.getMessage(), e);
    }
    return load().rows().get(platform);
  }

  /** Seeds missing platforms with the shipped defaults and reads every row again. */
  public void reload() {
    load();
  }

  private synchronized Snapshot load() {
    try (Connection c = dataSource.getConnection()) {
      seedMissing(c);
      Map<Platform, Stored> rows = new EnumMap<>(Platform.class);
      try (PreparedStatement st =
              c.prepareStatement(
                  "SELECT platform::text, schedule::text, version, updated_by, updated_at"
                      + " FROM fee_schedules");
          ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          Platform platform = Platform.parse(rs.getString(1)).orElseThrow();
          FeeScheduleDocument d =
              JsonMapping.jsonb().fromJson(rs.getString(2), FeeScheduleDocument.class);
          d.platform = platform.value();
          rows.put(
              platform,
              new Stored(
                  d.toSchedule(),
                  rs.getLong(3),
                  rs.getObject(4, UUID.class),
                  rs.getObject(5, OffsetDateTime.class)));
        }
      }
      List<FeeSchedule> schedules = new ArrayList<>();
      rows.values().forEach(s -> schedules.add(s.schedule()));
      Snapshot next = new Snapshot(FeeSchedules.of(schedules), rows);
      snapshot = next;
      return next;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the fee schedules: " + e.getMessage(), e);
    }
  }

  private static void seedMissing(Connection c) throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement(
            "INSERT INTO fee_schedules (platform, schedule, source, checked_on)"
                + " VALUES (?::platform_type, ?::jsonb, ?, ?) ON CONFLICT (platform) DO NOTHING")) {
      for (FeeSchedule s : FeeSchedules.defaults().all()) {
        st.setString(1, s.platform());
        st.setString(2, json(s));
        st.setString(3, s.source());
        st.setObject(4, s.checkedOn());
        st.addBatch();
      }
      st.executeBatch();
    }
  }

  private static String json(FeeSchedule schedule) {
    FeeScheduleDocument d = FeeScheduleDocument.of(schedule);
    d.platform = null;
    return JsonMapping.jsonb().toJson(d);
  }

  private Snapshot snapshot() {
    Snapshot s = snapshot;
    if (s != null) return s;
    return dataSource == null ? defaultsOnly() : load();
  }

  /** The shipped defaults, unversioned: the answer when there is no database (plain Java use). */
  private Snapshot defaultsOnly() {
    FeeSchedules defaults = FeeSchedules.defaults();
    Map<Platform, Stored> rows = new EnumMap<>(Platform.class);
    for (FeeSchedule schedule : defaults.all()) {
      rows.put(
          Platform.parse(schedule.platform()).orElseThrow(), new Stored(schedule, 0, null, null));
    }
    Snapshot s = new Snapshot(defaults, rows);
    snapshot = s;
    return s;
  }
}
