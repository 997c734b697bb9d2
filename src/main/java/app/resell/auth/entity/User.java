package app.resell.auth.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;

/** A person who signs in to Resell. Only the PBKDF2 hash of the password is kept. */
@Entity
@Table(name = "users")
@NamedQuery(name = User.BY_EMAIL, query = "SELECT u FROM User u WHERE LOWER(u.email) = :email")
@NamedQuery(name = User.ALL, query = "SELECT u FROM User u ORDER BY u.email")
@NamedQuery(name = User.COUNT, query = "SELECT COUNT(u) FROM User u")
public class User {

  public static final String BY_EMAIL = "User.byEmail";
  public static final String ALL = "User.all";
  public static final String COUNT = "User.count";

  @Id
  @GeneratedValue(strategy = GenerationType.UUID)
  private UUID id;

  @Column(nullable = false)
  private String email;

  @Column(name = "display_name")
  private String displayName;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(nullable = false)
  @Convert(converter = Role.RoleConverter.class)
  private Role role;

  private boolean active = true;

  @Column(name = "sessions_valid_after")
  private OffsetDateTime sessionsValidAfter;

  @Column(name = "last_login_at")
  private OffsetDateTime lastLoginAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version private long version;

  protected User() {}

  public User(String email, String displayName, String passwordHash, Role role) {
    this.email = normalize(email);
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.role = role;
  }

  public static String normalize(String email) {
    return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
  }

  @PrePersist
  void onCreate() {
    createdAt = OffsetDateTime.now();
    updatedAt = createdAt;
  }

  @PreUpdate
  void onUpdate() {
    updatedAt = OffsetDateTime.now();
  }

  public void recordLogin() {
    lastLoginAt = OffsetDateTime.now();
  }

  public boolean canSignIn() {
    return active;
  }

  /** Access tokens issued before {@code at} are no longer valid (see EndedSessions). */
  public void endSessions(OffsetDateTime at) {
    sessionsValidAfter = at;
  }

  public void changePassword(String passwordHash) {
    this.passwordHash = passwordHash;
  }

  public void changeRole(Role role) {
    this.role = role;
  }

  public void changeDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public void activate(boolean active) {
    this.active = active;
  }

  public UUID id() {
    return id;
  }

  public String email() {
    return email;
  }

  public String displayName() {
    return displayName;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public Role role() {
    return role;
  }

  public boolean active() {
    return active;
  }

  public OffsetDateTime lastLoginAt() {
    return lastLoginAt;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public long version() {
    return version;
  }
}
