package app.resell.auth.entity;

import app.resell.setup.entity.UuidConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One refresh token, stored as the SHA-256 of its value. Tokens of one sign-in form a family; a
 * token is used once (rotation), and presenting an already rotated one revokes the whole family,
 * because it means the token was stolen.
 */
@Entity
@Table(name = "refresh_tokens")
@NamedQuery(
    name = RefreshToken.BY_HASH,
    query = "SELECT t FROM RefreshToken t WHERE t.tokenHash = :hash")
@NamedQuery(
    name = RefreshToken.RECENT_FAMILIES_OF_USER,
    query =
        "SELECT DISTINCT t.familyId FROM RefreshToken t WHERE t.user = :user AND t.issuedAt >"
            + " :since")
@NamedQuery(
    name = RefreshToken.REVOKE_USER,
    query =
        "UPDATE RefreshToken t SET t.revokedAt = :now WHERE t.user = :user AND t.revokedAt IS"
            + " NULL")
@NamedQuery(
    name = RefreshToken.REVOKE_FAMILY,
    query =
        "UPDATE RefreshToken t SET t.revokedAt = :now WHERE t.familyId = :family AND t.revokedAt IS"
            + " NULL")
public class RefreshToken {

  public static final String BY_HASH = "RefreshToken.byHash";
  public static final String REVOKE_FAMILY = "RefreshToken.revokeFamily";
  public static final String REVOKE_USER = "RefreshToken.revokeUser";
  public static final String RECENT_FAMILIES_OF_USER = "RefreshToken.recentFamiliesOfUser";

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "user_id")
  private User user;

  @Column(name = "family_id", nullable = false)
  private UUID familyId;

  @Column(name = "token_hash", nullable = false)
  private String tokenHash;

  @Column(name = "issued_at", nullable = false)
  private OffsetDateTime issuedAt;

  @Column(name = "expires_at", nullable = false)
  private OffsetDateTime expiresAt;

  @Column(name = "revoked_at")
  private OffsetDateTime revokedAt;

  @Column(name = "replaced_by")
  @Convert(converter = UuidConverter.class)
  private UUID replacedBy;

  @Column(name = "ip_address")
  private String ipAddress;

  @Column(name = "user_agent")
  private String userAgent;

  protected RefreshToken() {}

  public RefreshToken(
      User user,
      UUID familyId,
      String tokenHash,
      OffsetDateTime expiresAt,
      String ipAddress,
      String userAgent) {
    this.id = UUID.randomUUID();
    this.user = user;
    this.familyId = familyId;
    this.tokenHash = tokenHash;
    this.issuedAt = OffsetDateTime.now();
    this.expiresAt = expiresAt;
    this.ipAddress = ipAddress;
    this.userAgent = userAgent;
  }

  public boolean usable(OffsetDateTime now) {
    return revokedAt == null && now.isBefore(expiresAt);
  }

  public boolean wasRotated() {
    return replacedBy != null;
  }

  public void rotatedTo(RefreshToken next) {
    this.revokedAt = OffsetDateTime.now();
    this.replacedBy = next.id;
  }

  public void revoke() {
    if (revokedAt == null) revokedAt = OffsetDateTime.now();
  }

  public UUID id() {
    return id;
  }

  public User user() {
    return user;
  }

  public UUID familyId() {
    return familyId;
  }
}
