package app.resell.setup.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.net.InetAddress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * This instance as the other instances on the same database see it: a name that is new at every
 * start ({@code RESELL_CLUSTER_INSTANCE} or the host name, plus a random suffix, so a restarted
 * instance never passes for the one that crashed) and a row in {@code cluster_members} whose
 * heartbeat it renews every two seconds. Work an instance owns (a running import) names it; an
 * owner whose heartbeat is older than {@code resell.cluster.dead-after-seconds} is gone, and its
 * work is taken over. With one instance all of this is a row nobody reads.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ClusterMember {

  private static final Logger LOG = Logger.getLogger(ClusterMember.class.getName());
  private static final String ID = newId();

  @Resource(lookup = "java:global/jdbc/resell")
  DataSource dataSource;

  /** An instance that has beaten within {@link #deadAfterSeconds()}. */
  public record Member(String instanceId, String host, OffsetDateTime startedAt) {}

  /** This instance's name, the same for the JVM's whole life. */
  public static String id() {
    return ID;
  }

  /** How long a silent instance counts as alive (at least three heartbeats). */
  public static int deadAfterSeconds() {
    return Math.max(6, Integer.parseInt(Settings.get("resell.cluster.dead-after-seconds", "30")));
  }

  @PostConstruct
  void join() {
    beat();
    LOG.info(() -> "Cluster member " + ID + " joined");
  }

  @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
  void beat() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement st =
            c.prepareStatement(
                "INSERT INTO cluster_members (instance_id, host) VALUES (?, ?)"
                    + " ON CONFLICT (instance_id) DO UPDATE SET heartbeat_at = now()")) {
      st.setString(1, ID);
      st.setString(2, host());
      st.executeUpdate();
      try (PreparedStatement old =
          c.prepareStatement(
              "DELETE FROM cluster_members WHERE heartbeat_at < now() - interval '1 day'")) {
        old.executeUpdate();
      }
      try (PreparedStatement old =
          c.prepareStatement(
              "DELETE FROM cluster_payloads WHERE created_at < now() - interval '5 minutes'")) {
        old.executeUpdate(); // read by every instance within seconds of being stored
      }
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "Cluster heartbeat failed; next try in two seconds", e);
    }
  }

  /** The live instances, oldest first. */
  public List<Member> alive() {
    List<Member> members = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement st =
            c.prepareStatement(
                "SELECT instance_id, host, started_at FROM cluster_members"
                    + " WHERE heartbeat_at > now() - make_interval(secs => ?) ORDER BY started_at")) {
      st.setInt(1, deadAfterSeconds());
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          members.add(
              new Member(rs.getString(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the cluster's members", e);
    }
    return members;
  }

  @PreDestroy
  void leave() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement st =
            c.prepareStatement("DELETE FROM cluster_members WHERE instance_id = ?")) {
      st.setString(1, ID);
      st.executeUpdate();
    } catch (SQLException e) {
      LOG.log(Level.FINE, "Could not leave the cluster table; the row ages out", e);
    }
  }

  private static String newId() {
    String name = Settings.get("resell.cluster.instance", null);
    if (name == null) name = host();
    return name + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static String host() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (Exception e) {
      return "resell";
    }
  }
}
