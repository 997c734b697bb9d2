package app.resell.webhooks.control;

import app.resell.problems.control.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where webhooks may be sent: public addresses only, so an admin's webhook cannot make the server
 * call its own database port, a neighbour on the private network or the cloud's metadata service
 * (SSRF). A host is resolved and every address it resolves to must be public: not loopback,
 * unspecified, link-local (169.254.169.254 is the metadata service), private, unique-local IPv6,
 * shared (CGNAT), multicast or reserved. The check runs at registration and again before each
 * delivery, so a name that later resolves inward (DNS rebinding) is not followed; the JVM caches a
 * lookup for 30 s, so the connection uses the addresses just checked. Hosts named in {@code
 * resell.webhooks.allowed-hosts} (comma-separated, e.g. a receiver on the local network) skip the
 * check.
 */
@ApplicationScoped
public class WebhookTargets {

  /** Names of cloud metadata services that resolve only inside their cloud. */
  static final Set<String> METADATA_HOSTS =
      Set.of("metadata.google.internal", "metadata.goog", "metadata", "instance-data");

  private static final Pattern NUMERIC =
      Pattern.compile("(0x[0-9a-f]*|[0-9]+)(\\.(0x[0-9a-f]*|[0-9]+))*");
  private static final Pattern DOTTED_QUAD =
      Pattern.compile(
          "((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}"
              + "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])");

  @Inject
  @ConfigProperty(name = "resell.webhooks.allowed-hosts")
  Optional<String> allowedHosts;

  private volatile Set<String> allowed;

  /** The URL as it will be stored, or a 400 naming the field when it may not be a webhook. */
  public String checked(String field, String text) {
    if (text == null || text.isBlank()) throw ProblemException.invalid(field, "is required");
    if (text.length() > 2000) throw ProblemException.invalid(field, "is too long");
    URI uri;
    try {
      uri = new URI(text.trim());
    } catch (URISyntaxException e) {
      throw ProblemException.invalid(field, "is not a URL: " + e.getReason());
    }
    String scheme = uri.getScheme();
    if (scheme == null
        || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
        || uri.getHost() == null) {
      throw ProblemException.invalid(field, "must be an absolute http or https URL");
    }
    if (uri.getRawUserInfo() != null) {
      throw ProblemException.invalid(field, "must not carry a user name or password");
    }
    refusal(uri, true)
        .ifPresent(
            reason -> {
              throw ProblemException.invalid(field, reason);
            });
    return uri.toString();
  }

  /**
   * Why a delivery to the URL is refused right now, or empty when it may go ahead. A host that does
   * not resolve is refused at delivery; at registration it is accepted (DNS may be down for a
   * moment) and checked again at each delivery.
   */
  public Optional<String> refusal(URI uri, boolean registering) {
    String host = host(uri);
    if (host == null) return Optional.of("has no host");
    if (allowed().contains(host)) return Optional.empty();
    if (NUMERIC.matcher(host).matches() && !DOTTED_QUAD.matcher(host).matches()) {
      // 2130706433 or 0x7f.1 are 127.0.0.1 to some resolvers and a name to others
      return Optional.of("must name its host, or its IPv4 address as four decimal numbers");
    }
    if (METADATA_HOSTS.contains(host) || host.endsWith(".internal") || host.endsWith(".local")) {
      return Optional.of(notPublic(host));
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host);
    } catch (UnknownHostException e) {
      return registering ? Optional.empty() : Optional.of("the receiver's host does not resolve");
    }
    for (InetAddress address : addresses) {
      if (!isPublic(address)) return Optional.of(notPublic(host));
    }
    return Optional.empty();
  }

  private static String notPublic(String host) {
    return "must be a public address; "
        + host
        + " is on this server or its private network (an admin can allow it with"
        + " RESELL_WEBHOOKS_ALLOWED_HOSTS)";
  }

  /** Whether an address is on the public internet. */
  static boolean isPublic(InetAddress a) {
    if (a.isAnyLocalAddress()
        || a.isLoopbackAddress()
        || a.isLinkLocalAddress()
        || a.isSiteLocalAddress()
        || a.isMulticastAddress()) {
      return false;
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet4Address) {
      int first = b[0] & 0xFF;
      int second = b[1] & 0xFF;
      return first != 0 // "this network"
          && !(first == 100 && second >= 64 && second <= 127) // shared address space (CGNAT)
          && !(first == 192 && second == 0 && (b[2] & 0xFF) == 0) // IETF protocol assignments
          && !(first == 198 && (second == 18 || second == 19)) // benchmarking
          && first < 240; // reserved and broadcast
    }
    if (a instanceof Inet6Address) {
      if ((b[0] & 0xFE) == 0xFC) return false; // unique local fc00::/7
      if (isEmbeddedIpv4(b)) {
        try {
          return isPublic(InetAddress.getByAddress(Arrays.copyOfRange(b, 12, 16)));
        } catch (UnknownHostException e) {
          return false;
        }
      }
    }
    return true;
  }

  /** ::a.b.c.d (IPv4-compatible) and 64:ff9b::a.b.c.d (NAT64) carry an IPv4 address inside. */
  private static boolean isEmbeddedIpv4(byte[] b) {
    boolean compatible = true;
    for (int i = 0; i < 12; i++) compatible &= b[i] == 0;
    boolean nat64 =
        (b[0] & 0xFF) == 0x00
            && (b[1] & 0xFF) == 0x64
            && (b[2] & 0xFF) == 0xFF
            && (b[3] & 0xFF) == 0x9B;
    for (int i = 4; nat64 && i < 12; i++) nat64 = b[i] == 0;
    return compatible || nat64;
  }

  private static String host(URI uri) {
    String host = uri.getHost();
    if (host == null) return null;
    if (host.startsWith("[") && host.endsWith("]")) host = host.substring(1, host.length() - 1);
    host = host.toLowerCase(Locale.ROOT);
    return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
  }

  private Set<String> allowed() {
    Set<String> hosts = allowed;
    if (hosts == null) {
      hosts =
          Arrays.stream(allowedHosts.orElse("").split(","))
              .map(h -> h.strip().toLowerCase(Locale.ROOT))
              .filter(h -> !h.isEmpty())
              .collect(Collectors.toUnmodifiableSet());
      allowed = hosts;
    }
    return hosts;
  }

  /** For unit tests: a checker with the given allow-list. */
  static WebhookTargets allowing(String hosts) {
    WebhookTargets targets = new WebhookTargets();
    targets.allowedHosts = Optional.ofNullable(hosts);
    return targets;
  }
}
