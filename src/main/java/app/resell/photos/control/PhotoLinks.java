package app.resell.photos.control;

import app.resell.auth.control.JwtKeys;
import app.resell.photos.entity.Photo;
import app.resell.problems.control.ProblemException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Links to a photo's image that work without signing in, for a marketplace that fetches the
 * pictures of a listing file (eBay's {@code PicURL}) and copies them to its own servers: {@code
 * /api/v1/photos/{id}/shared?expires=<Unix seconds>&signature=<hex>}. The signature is an
 * HMAC-SHA256 of the photo id and the expiry with a secret derived from the server's token signing
 * key, so every instance with the same keys accepts it, it survives a restart and a restore, and a
 * new key ends every link. A link names one photo and ends after {@code resell.photos.link-days}
 * (30); it is refused with 403 when changed or expired.
 */
@ApplicationScoped
public class PhotoLinks {

  static final String PURPOSE = "resell photo links v1";
  static final long MAX_DAYS = 365;

  @Inject
  @ConfigProperty(name = "resell.photos.link-days", defaultValue = "30")
  long days;

  private byte[] secret;
  private Clock clock;
  private Duration lifetime;

  public PhotoLinks() {}

  PhotoLinks(byte[] secret, Clock clock, Duration lifetime) {
    this.secret = secret.clone();
    this.clock = clock;
    this.lifetime = lifetime;
  }

  @PostConstruct
  void signWithTheServersKey() {
    if (days < 1 || days > MAX_DAYS) {
      throw new IllegalStateException("resell.photos.link-days must be between 1 and " + MAX_DAYS);
    }
    secret = hmac(JwtKeys.get().privateKey().getEncoded(), PURPOSE);
    clock = Clock.systemUTC();
    lifetime = Duration.ofDays(days);
  }

  /** The path (under the server's address) of a link to the photo's image. */
  public String path(Photo photo) {
    return path(photo.id());
  }

  /** The same, by the photo's id (an export reads the ids straight from its query). */
  public String path(UUID photo) {
    long expires = clock.instant().plus(lifetime).getEpochSecond();
    return "/api/v1/photos/"
        + photo
        + "/shared?expires="
        + expires
        + "&signature="
        + sign(photo, expires);
  }

  /** Refuses, with 403, a link that was changed, has expired or reaches too far ahead. */
  public void check(UUID photo, Long expires, String signature) {
    if (expires == null || signature == null) {
      throw ProblemException.forbidden("This photo link is incomplete; ask for a new one.");
    }
    byte[] expected = sign(photo, expires).getBytes(StandardCharsets.US_ASCII);
    boolean signed =
        MessageDigest.isEqual(
            expected,
            signature.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    if (!signed) throw ProblemException.forbidden("This photo link is not valid.");
    Instant now = clock.instant();
    if (Instant.ofEpochSecond(expires).isBefore(now)) {
      throw ProblemException.forbidden(
          "This photo link has expired; export the listing file again.");
    }
    if (Instant.ofEpochSecond(expires).isAfter(now.plus(Duration.ofDays(MAX_DAYS)))) {
      throw ProblemException.forbidden("This photo link is not valid.");
    }
  }

  String sign(UUID photo, long expires) {
    return HexFormat.of().formatHex(hmac(secret, photo + "|" + expires));
  }

  private static byte[] hmac(byte[] key, String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }
}
