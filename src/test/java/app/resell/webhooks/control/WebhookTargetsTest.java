package app.resell.webhooks.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.resell.problems.control.ProblemException;
import java.net.InetAddress;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** Resolves only literal addresses and /etc/hosts names: no traffic leaves the machine. */
class WebhookTargetsTest {

  private final WebhookTargets strict = WebhookTargets.allowing(null);

  @Test
  void localPrivateAndMetadataTargetsAreRefusedNamingTheUrl() {
    for (String url :
        new String[] {
          "http://127.0.0.1:5432/",
          "http://localhost/hook",
          "http://0.0.0.0/",
          "http://2130706433/",
          "http://0x7f000001/",
          "http://[::1]/",
          "http://[::]/",
          "http://[::ffff:127.0.0.1]/",
          "http://[::ffff:10.0.0.1]/",
          "http://169.254.169.254/latest/meta-data/",
          "http://metadata.google.internal/computeMetadata/v1/",
          "http://10.1.2.3/",
          "http://172.16.0.1/",
          "http://192.168.1.1/",
          "http://100.64.0.1/",
          "http://224.0.0.1/",
          "http://255.255.255.255/",
          "http://[fd00::1]/",
          "http://[fe80::1]/",
          "http://[64:ff9b::a00:1]/",
          "http://LOCALHOST./"
        }) {
      assertThatThrownBy(() -> strict.checked("url", url), url)
          .isInstanceOf(ProblemException.class)
          .satisfies(
              e -> assertThat(((ProblemException) e).errors().get(0).field()).isEqualTo("url"))
          .hasMessageMatching(".*(must be a public address|four decimal numbers).*");
    }
    assertThatThrownBy(() -> strict.checked("url", "http://0177.0.0.1/"))
        .hasMessageContaining("four decimal numbers");
  }

  @Test
  void publicAddressesPassAndUnresolvableNamesWaitForTheDelivery() {
    assertThat(strict.checked("url", "https://93.184.215.14/hook"))
        .isEqualTo("https://93.184.215.14/hook");
    assertThat(strict.checked("url", "https://[2606:2800:21f:cb07:6820:80da:af6b:8b2c]/h"))
        .startsWith("https://");
    assertThat(strict.checked("url", "https://hooks.example.invalid/x")).isNotNull();
    assertThat(strict.refusal(URI.create("https://hooks.example.invalid/x"), false))
        .contains("the receiver's host does not resolve");
  }

  @Test
  void theAllowListLetsNamedHostsThroughAndNothingElse() {
    WebhookTargets lan = WebhookTargets.allowing(" 127.0.0.1 , Hooks.LAN");
    assertThat(lan.refusal(URI.create("http://127.0.0.1:8081/h"), false)).isEmpty();
    assertThat(lan.refusal(URI.create("http://hooks.lan/h"), false)).isEmpty();
    assertThat(lan.refusal(URI.create("http://localhost:8081/h"), false)).isPresent();
    assertThat(lan.refusal(URI.create("http://127.0.0.2/h"), false)).isPresent();
  }

  @Test
  void otherSchemesAndCredentialsAreRefused() {
    for (String url :
        new String[] {"ftp://example.com/", "file:///etc/passwd", "gopher://x/", "/relative"}) {
      assertThatThrownBy(() -> strict.checked("url", url)).hasMessageContaining("http or https");
    }
    assertThatThrownBy(() -> strict.checked("url", "https://user:pw@93.184.215.14/"))
        .hasMessageContaining("user name or password");
  }

  @Test
  void publicMeansNoneOfTheSpecialRanges() throws Exception {
    assertThat(WebhookTargets.isPublic(InetAddress.getByName("8.8.8.8"))).isTrue();
    assertThat(WebhookTargets.isPublic(InetAddress.getByName("198.18.0.1"))).isFalse();
    assertThat(WebhookTargets.isPublic(InetAddress.getByName("192.0.0.8"))).isFalse();
    assertThat(WebhookTargets.isPublic(InetAddress.getByName("240.0.0.1"))).isFalse();
  }
}
