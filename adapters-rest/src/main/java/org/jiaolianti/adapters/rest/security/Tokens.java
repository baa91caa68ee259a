package org.jiaolianti.adapters.rest.security;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;

/**
 * Bearer tokens (JWT): minted for a username with an expiry, verified by signature, algorithm and
 * expiry. HS256 with a shared secret of at least 256 bits, or RS256 where the server holds only the
 * public key and the minting tool the private one.
 */
public final class Tokens {

  public static final String ISSUER = "jiaolianti";
  public static final Duration DEFAULT_LIFETIME = Duration.ofHours(1);
  /** Clocks of the minting machine and the server may differ a little. */
  private static final Duration SKEW = Duration.ofSeconds(30);

  private final JWSAlgorithm algorithm;
  private final JWSVerifier verifier;
  private final JWSSigner signer;

  private Tokens(JWSAlgorithm algorithm, JWSVerifier verifier, JWSSigner signer) {
    this.algorithm = algorithm;
    this.verifier = verifier;
    this.signer = signer;
  }

  public static Tokens hs256(byte[] secret) {
    requireNonNull(secret, "secret");
    checkArgument(secret.length >= 32, "an HS256 secret needs at least 32 bytes (256 bits), this one has %s", secret.length);
    try {
      return new Tokens(JWSAlgorithm.HS256, new MACVerifier(secret), new MACSigner(secret));
    } catch (JOSEException e) {
      throw new IllegalArgumentException("unusable HS256 secret: " + e.getMessage(), e);
    }
  }

  /** Verifies with {@code publicKey}; mints only if {@code privateKey} is given. */
  public static Tokens rs256(RSAPublicKey publicKey, RSAPrivateKey privateKey) {
    requireNonNull(publicKey, "publicKey");
    return new Tokens(JWSAlgorithm.RS256, new RSASSAVerifier(publicKey),
        privateKey == null ? null : new RSASSASigner(privateKey));
  }

  public String algorithm() {
    return algorithm.getName();
  }

  /** A token naming {@code username} ({@code sub}), valid from {@code now} for {@code lifetime}. */
  public String mint(String username, Instant now, Duration lifetime) {
    checkArgument(username != null && !username.isBlank(), "a token names a user");
    checkArgument(!lifetime.isNegative() && !lifetime.isZero(), "a token's lifetime must be positive");
    if (signer == null) {
      throw new IllegalStateException("these tokens are verified with a public key only; mint with the private key");
    }
    JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(ISSUER).subject(username)
        .issueTime(Date.from(now)).notBeforeTime(Date.from(now)).expirationTime(Date.from(now.plus(lifetime)))
        .jwtID(UUID.randomUUID().toString()).build();
    SignedJWT jwt = new SignedJWT(new JWSHeader(algorithm), claims);
    try {
      jwt.sign(signer);
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot sign a token: " + e.getMessage(), e);
    }
    return jwt.serialize();
  }

  /** The username a valid token names, or empty if the token is malformed, forged, of another algorithm or expired. */
  public Optional<String> verify(String token, Instant now) {
    try {
      SignedJWT jwt = SignedJWT.parse(token);
      if (!algorithm.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(verifier)) {
        return Optional.empty();
      }
      JWTClaimsSet claims = jwt.getJWTClaimsSet();
      Date expires = claims.getExpirationTime();
      if (expires == null || !now.isBefore(expires.toInstant().plus(SKEW))) {
        return Optional.empty();
      }
      Date notBefore = claims.getNotBeforeTime();
      if (notBefore != null && now.plus(SKEW).isBefore(notBefore.toInstant())) {
        return Optional.empty();
      }
      if (!ISSUER.equals(claims.getIssuer()) || claims.getSubject() == null || claims.getSubject().isBlank()) {
        return Optional.empty();
      }
      return Optional.of(claims.getSubject());
    } catch (ParseException | JOSEException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
