package org.jiaolianti.adapters.rest.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TokensTest {

  static final Instant NOW = Instant.parse("2026-11-28T08:00:00Z");
  static final byte[] SECRET = "a-test-secret-of-at-least-thirty-two-bytes".getBytes(StandardCharsets.UTF_8);

  @Test
  void anHs256TokenNamesItsUserUntilItExpires() {
    Tokens tokens = Tokens.hs256(SECRET);
    String token = tokens.mint("demo-admin", NOW, Duration.ofHours(1));

    assertThat(tokens.verify(token, NOW.plusSeconds(60))).contains("demo-admin");
    assertThat(tokens.verify(token, NOW.plus(Duration.ofHours(2)))).isEmpty();
  }

  @Test
  void anotherKeyATamperedPayloadOrGarbageIsRefused() {
    Tokens tokens = Tokens.hs256(SECRET);
    Tokens other = Tokens.hs256("another-secret-of-at-least-thirty-two-b".getBytes(StandardCharsets.UTF_8));
    String token = tokens.mint("demo-admin", NOW, Duration.ofHours(1));
    String[] parts = token.split("\\.");
    String tampered = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "AA." + parts[2];

    assertThat(other.verify(token, NOW)).isEmpty();
    assertThat(tokens.verify(tampered, NOW)).isEmpty();
    assertThat(tokens.verify("not.a.token", NOW)).isEmpty();
    assertThat(tokens.verify("", NOW)).isEmpty();
  }

  @Test
  void anUnsignedTokenIsRefused() {
    Tokens tokens = Tokens.hs256(SECRET);
    String header = java.util.Base64.getUrlEncoder().withoutPadding()
        .encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
    String claims = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
        ("{\"sub\":\"demo-admin\",\"iss\":\"jiaolianti\",\"exp\":" + (NOW.getEpochSecond() + 3600) + "}")
            .getBytes(StandardCharsets.UTF_8));

    assertThat(tokens.verify(header + "." + claims + ".", NOW)).isEmpty();
  }

  @Test
  void rs256VerifiesWithThePublicKeyAndMintsOnlyWithThePrivateOne() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    KeyPair pair = generator.generateKeyPair();
    Tokens minting = Tokens.rs256((RSAPublicKey) pair.getPublic(), (RSAPrivateKey) pair.getPrivate());
    Tokens verifying = Tokens.rs256((RSAPublicKey) pair.getPublic(), null);

    String token = minting.mint("demo-admin", NOW, Duration.ofHours(1));

    assertThat(verifying.verify(token, NOW)).contains("demo-admin");
    assertThatThrownBy(() -> verifying.mint("demo-admin", NOW, Duration.ofHours(1)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("private key");
    // an HS256 token made with the public key as secret (the classic confusion attack) is refused
    Tokens confused = Tokens.hs256(pair.getPublic().getEncoded());
    assertThat(verifying.verify(confused.mint("demo-admin", NOW, Duration.ofHours(1)), NOW)).isEmpty();
  }

  @Test
  void aShortSecretIsRejected() {
    assertThatThrownBy(() -> Tokens.hs256("short".getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("32 bytes");
  }
}
