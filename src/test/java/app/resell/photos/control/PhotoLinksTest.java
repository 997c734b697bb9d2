package app.resell.photos.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.resell.photos.entity.ImageKind;
import app.resell.photos.entity.Photo;
import app.resell.problems.control.ProblemException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PhotoLinksTest {

  static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");
  static final byte[] SECRET = "a secret of the test".getBytes(StandardCharsets.UTF_8);
  static final Pattern LINK =
      Pattern.compile(
          "/api/v1/photos/([0-9a-f-]{36})/shared\\?expires=(\\d+)&signature=([0-9a-f]{64})");

  final Photo photo =
      new Photo(
          UUID.randomUUID(),
          UUID.randomUUID(),
          1,
          ImageKind.JPEG,
          40,
          30,
          1234,
          "ab".repeat(32),
          OffsetDateTime.of(2026, 12, 1, 0, 0, 0, 0, ZoneOffset.UTC));

  static PhotoLinks at(Instant now) {
    return new PhotoLinks(SECRET, Clock.fixed(now, ZoneOffset.UTC), Duration.ofDays(30));
  }

  @Test
  void aLinkNamesThePhotoAndEndsAfterItsLifetime() {
    Matcher link = LINK.matcher(at(NOW).path(photo));
    assertThat(link.matches()).isTrue();
    assertThat(link.group(1)).isEqualTo(photo.id().toString());
    long expires = Long.parseLong(link.group(2));
    assertThat(Instant.ofEpochSecond(expires)).isEqualTo(NOW.plus(Duration.ofDays(30)));

    assertThatCode(
            () -> at(NOW.plus(Duration.ofDays(29))).check(photo.id(), expires, link.group(3)))
        .doesNotThrowAnyException();
    assertThatCode(() -> at(NOW).check(photo.id(), expires, link.group(3).toUpperCase()))
        .doesNotThrowAnyException();
    assertRefused(
        () -> at(NOW.plus(Duration.ofDays(31))).check(photo.id(), expires, link.group(3)),
        "expired");
  }

  @Test
  void aChangedLinkIsRefused() {
    Matcher link = LINK.matcher(at(NOW).path(photo));
    assertThat(link.matches()).isTrue();
    long expires = Long.parseLong(link.group(2));
    String signature = link.group(3);
    PhotoLinks links = at(NOW);
    assertThatCode(() -> links.check(photo.id(), expires, signature)).doesNotThrowAnyException();
    assertRefused(() -> links.check(UUID.randomUUID(), expires, signature), "not valid");
    assertRefused(() -> links.check(photo.id(), expires + 86_400, signature), "not valid");
    assertRefused(() -> links.check(photo.id(), expires, "0".repeat(64)), "not valid");
    assertRefused(() -> links.check(photo.id(), null, signature), "incomplete");
    assertRefused(() -> links.check(photo.id(), expires, null), "incomplete");
    PhotoLinks otherKey =
        new PhotoLinks(
            "another key".getBytes(StandardCharsets.UTF_8),
            Clock.fixed(NOW, ZoneOffset.UTC),
            Duration.ofDays(30));
    assertRefused(() -> otherKey.check(photo.id(), expires, signature), "not valid");
  }

  @Test
  void aLinkReachingBeyondAYearIsRefusedEvenWhenSigned() {
    long far = NOW.plus(Duration.ofDays(PhotoLinks.MAX_DAYS + 1)).getEpochSecond();
    PhotoLinks links = at(NOW);
    assertRefused(() -> links.check(photo.id(), far, links.sign(photo.id(), far)), "not valid");
  }

  private static void assertRefused(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String why) {
    assertThatThrownBy(call)
        .isInstanceOf(ProblemException.class)
        .hasMessageContaining(why)
        .satisfies(e -> assertThat(((ProblemException) e).status()).isEqualTo(403));
  }
}
