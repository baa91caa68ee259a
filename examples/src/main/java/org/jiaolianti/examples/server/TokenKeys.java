package org.jiaolianti.examples.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Map;
import org.jiaolianti.adapters.rest.security.Tokens;

/**
 * Where the server's token key comes from, the same for the server and the minting CLI:
 * <ol>
 *   <li>{@code JIAOLIANTI_JWT_SECRET}: an HS256 secret (at least 32 bytes; {@code base64:…} for binary);</li>
 *   <li>{@code JIAOLIANTI_JWT_PUBLIC_KEY}: RS256, a PEM public key (file path or the PEM text); the
 *       server verifies with it, and minting needs {@code JIAOLIANTI_JWT_PRIVATE_KEY} (PKCS#8 PEM);</li>
 *   <li>otherwise an HS256 secret generated into {@code <data dir>/jwt-secret} on first start (owner-only
 *       permissions) and read from there afterwards.</li>
 * </ol>
 */
public final class TokenKeys {

  public static final String SECRET_FILE = "jwt-secret";

  private TokenKeys() {}

  /** The tokens and a description of their key for the start-up banner (never the key itself). */
  public record Keys(Tokens tokens, String description) {}

  public static Keys resolve(Map<String, String> env, Path dataDir) {
    String secret = value(env, "JIAOLIANTI_JWT_SECRET");
    String publicKey = value(env, "JIAOLIANTI_JWT_PUBLIC_KEY");
    if (secret != null && publicKey != null) {
      throw new IllegalArgumentException("set JIAOLIANTI_JWT_SECRET (HS256) or JIAOLIANTI_JWT_PUBLIC_KEY (RS256), not both");
    }
    if (secret != null) {
      return new Keys(Tokens.hs256(secretBytes(secret)), "HS256 secret from JIAOLIANTI_JWT_SECRET");
    }
    if (publicKey != null) {
      String privateKey = value(env, "JIAOLIANTI_JWT_PRIVATE_KEY");
      return new Keys(Tokens.rs256(rsaPublic(pem(publicKey)), privateKey == null ? null : rsaPrivate(pem(privateKey))),
          "RS256 public key from JIAOLIANTI_JWT_PUBLIC_KEY" + (privateKey == null ? "" : " (private key present: can mint)"));
    }
    Path file = dataDir.resolve(SECRET_FILE);
    return new Keys(Tokens.hs256(generatedSecret(file)), "HS256 secret in " + file.toAbsolutePath());
  }

  private static String value(Map<String, String> env, String name) {
    String v = env.get(name);
    return v == null || v.isBlank() ? null : v.trim();
  }

  private static byte[] secretBytes(String secret) {
    if (secret.startsWith("base64:")) {
      return Base64.getDecoder().decode(secret.substring("base64:".length()));
    }
    return secret.getBytes(StandardCharsets.UTF_8);
  }

  /** The secret in {@code file}, written there (32 random bytes, base64) if there is none yet. */
  static byte[] generatedSecret(Path file) {
    try {
      if (!Files.exists(file)) {
        Files.createDirectories(file.toAbsolutePath().getParent());
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), SECRET_FILE, ".tmp");
        try {
          Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
          // Windows: the file inherits the directory's ACL
        }
        Files.writeString(tmp, Base64.getEncoder().encodeToString(fresh) + "\n");
        Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      }
      return Base64.getDecoder().decode(Files.readString(file).trim());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the token secret " + file, e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + " does not hold a base64 secret; delete it to have a new one generated", e);
    }
  }

  private static String pem(String pathOrPem) {
    if (pathOrPem.contains("-----BEGIN")) {
      return pathOrPem;
    }
    try {
      return Files.readString(Path.of(pathOrPem));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the key file " + pathOrPem, e);
    }
  }

  private static byte[] der(String pem) {
    String body = pem.replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s", "");
    return Base64.getDecoder().decode(body);
  }

  private static RSAPublicKey rsaPublic(String pem) {
    try {
      return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der(pem)));
    } catch (Exception e) {
      throw new IllegalArgumentException("JIAOLIANTI_JWT_PUBLIC_KEY is not an RSA public key in PEM (X.509)", e);
    }
  }

  private static RSAPrivateKey rsaPrivate(String pem) {
    try {
      return (RSAPrivateKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der(pem)));
    } catch (Exception e) {
      throw new IllegalArgumentException("JIAOLIANTI_JWT_PRIVATE_KEY is not an RSA private key in PEM (PKCS#8)", e);
    }
  }
}
