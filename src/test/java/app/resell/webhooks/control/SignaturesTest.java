package app.resell.webhooks.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignaturesTest {

  @Test
  void signsTheTimestampDotBodyWithHmacSha256() {
    // expected value computed with Python's hmac module
    assertThat(Signatures.sign("whsec_test-secret", 1795491102L, "{\"type\":\"item.sold\"}"))
        .isEqualTo("sha256=5367f9c0ab3794309acbd13ec77a5de988262feb9ee6270e019e231b4d3e2b25");
  }

  @Test
  void newSecretsAreLongRandomAndPrefixed() {
    String a = Signatures.newSecret();
    assertThat(a).matches("whsec_[0-9a-f]{64}");
    assertThat(Signatures.newSecret()).isNotEqualTo(a);
  }

  @Test
  void retriesBackOffExponentiallyFromFiveSeconds() {
    assertThat(WebhookDispatcher.delaySeconds(1)).isEqualTo(5);
    assertThat(WebhookDispatcher.delaySeconds(2)).isEqualTo(10);
    assertThat(WebhookDispatcher.delaySeconds(7)).isEqualTo(320);
  }
}
