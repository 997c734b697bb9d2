package app.resell.auth.control;

import app.resell.setup.control.Settings;
import jakarta.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The RSA key pair that signs and verifies access tokens.
 *
 * <p>Taken from configuration when both {@code resell.jwt.private-key} and {@code
 * resell.jwt.public-key} are set (PEM text, or {@code file:} paths); otherwise generated once and
 * kept in {@code <data dir>/keys}, readable by the owner only, so tokens survive a restart and no
 * key ever lives in the repository. Resolved without MicroProfile Config because the JWT
 * verification key is itself served to Config by {@link JwtKeyConfigSource}.
 */
public final class JwtKeys {

  private static volatile JwtKeys instance;

  private final PrivateKey privateKey;
  private final PublicKey publicKey;
  private final String keyId;

  private JwtKeys(PrivateKey privateKey, PublicKey publicKey) {
    this.privateKey = privateKey;
    this.publicKey = publicKey;
    this.keyId =
        Integer.toHexString(java.util.Arrays.hashCode(publicKey.getEncoded()) & 0x7fffffff);
  }

  public static JwtKeys get() {
    JwtKeys keys = instance;
    if (keys == null) {
      synchronized (JwtKeys.class) {
        if (instance == null) instance = load();
        keys = instance;
      }
    }
    return keys;
  }

  public PrivateKey privateKey() {
    return privateKey;
  }

  public PublicKey publicKey() {
    return publicKey;
  }

  public String keyId() {
    return keyId;
  }

  /** The public key as a one-key JSON Web Key Set (RFC 7517), with its kid, for RS256 only. */
  public String publicKeyJwks() {
    java.security.interfaces.RSAPublicKey rsa = (java.security.interfaces.RSAPublicKey) publicKey;
    return Json.createObjectBuilder()
        .add(
            "keys",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("kty", "RSA")
                        .add("use", "sig")
                        .add("alg", "RS256")
                        .add("kid", keyId)
                        .add("n", base64Url(rsa.getModulus()))
                        .add("e", base64Url(rsa.getPublicExponent()))))
        .build()
        .toString();
  }

  private static String base64Url(java.math.BigInteger value) {
    byte[] bytes = value.toByteArray();
    if (bytes.length > 1 && bytes[0] == 0) {
      bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length); // unsigned, as JWK wants
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  public String publicKeyPem() {
    return pem("PUBLIC KEY", publicKey.getEncoded());
  }

  private static JwtKeys load() {
    String privateText = Settings.get("resell.jwt.private-key", null);
    String publicText = Settings.get("resell.jwt.public-key", null);
    try {
      if (privateText != null && publicText != null) {
        return new JwtKeys(
            parsePrivate(readPemSetting(privateText)), parsePublic(readPemSetting(publicText)));
      }
      Path dir = Settings.dataDir().resolve("keys");
      Path privateFile = dir.resolve("jwt-private.pem");
      Path publicFile = dir.resolve("jwt-public.pem");
      if (Files.exists(privateFile) && Files.exists(publicFile)) {
        return new JwtKeys(
            parsePrivate(Files.readString(privateFile)), parsePublic(Files.readString(publicFile)));
      }
      return generate(dir, privateFile, publicFile);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or store the JWT signing keys", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The configured JWT keys are not valid RSA PEM keys", e);
    }
  }

  private static JwtKeys generate(Path dir, Path privateFile, Path publicFile)
      throws IOException, GeneralSecurityException {
    Files.createDirectories(dir);
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    KeyPair pair = generator.generateKeyPair();
    writeOwnerOnly(privateFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
    Files.writeString(publicFile, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
    return new JwtKeys(pair.getPrivate(), pair.getPublic());
  }

  private static void writeOwnerOnly(Path file, String content) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(
        tmp,
        content,
        StandardCharsets.US_ASCII,
        StandardOpenOption.CREATE,
        StandardOpenOption.TRUNCATE_EXISTING);
    try {
      Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException notPosix) {
      // Windows: the directory's ACL applies.
    }
    Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  private static String readPemSetting(String value) throws IOException {
    if (value.startsWith("file:")) {
      return Files.readString(Path.of(value.substring("file:".length())));
    }
    return value.replace("\\n", "\n");
  }

  private static PrivateKey parsePrivate(String pem) throws GeneralSecurityException {
    return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der(pem)));
  }

  private static PublicKey parsePublic(String pem) throws GeneralSecurityException {
    return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der(pem)));
  }

  private static byte[] der(String pem) {
    String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    return Base64.getDecoder().decode(body);
  }

  private static String pem(String type, byte[] der) {
    String body =
        Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
    return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
  }
}
