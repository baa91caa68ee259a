package org.jiaolianti.application.shared;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts sensitive free text (home-visit notes, mental-health notes) before it reaches any storage, so that the
 * database — H2, PostgreSQL or an integrator's own — holds only ciphertext. AES-256-GCM (pure JDK), a random
 * 96-bit IV per value, a 128-bit tag, and the record's context (e.g. {@code HOME_VISIT:<id>}) as associated data,
 * so a ciphertext copied onto another record does not decrypt either.
 *
 * <p><b>Stored form</b>: {@code fc1:<keyId>:<base64(iv ‖ ciphertext ‖ tag)>}. <b>Key ring</b>: encrypts with the
 * current key; decrypts with whichever known key the value names, so keys rotate by adding a new current key and
 * keeping the old ones until every value was re-encrypted.
 *
 * <p>A value that was changed, cut, or made with an unknown key fails with {@link TamperedException}, never with
 * garbage text.
 *
 * <p>中文：敏感字段加密（AES-256-GCM，密钥可轮换）。
 */
public final class FieldCipher {

  private static final String PREFIX = "fc1";
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_.-]{1,32}");

  /** One AES-256 key with its id (stored beside each value it encrypted). */
  public record Key(String id, byte[] secret) {
    public Key {
      requireNonNull(id, "id");
      checkArgument(KEY_ID.matcher(id).matches(), "a field key id is 1..32 of A-Z a-z 0-9 _ . -");
      requireNonNull(secret, "secret");
      checkArgument(secret.length == 32, "a field key is 32 bytes (AES-256), was %s", secret.length);
      secret = secret.clone();
    }

    /** A key from its base64 text (as in {@code JIAOLIANTI_FIELD_KEY}). */
    public static Key fromBase64(String id, String base64) {
      byte[] secret;
      try {
        secret = Base64.getDecoder().decode(requireNonNull(base64, "base64").strip());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("the field key is not base64", e);
      }
      return new Key(id, secret);
    }

    /** A new random key. */
    public static Key generate(String id) {
      byte[] secret = new byte[32];
      new SecureRandom().nextBytes(secret);
      return new Key(id, secret);
    }

    public String secretBase64() {
      return Base64.getEncoder().encodeToString(secret);
    }

    @Override
    public String toString() {
      return "Key[" + id + "]";
    }
  }

  /** A stored value that does not decrypt: changed, cut, moved to another record, or of an unknown key. */
  public static final class TamperedException extends JiaoliantiException {
    private static final long serialVersionUID = 1L;

    TamperedException(String context, String why) {
      super(org.jiaolianti.domain.shared.Bilingual.of("加密数据校验失败（" + context + "）",
          "encrypted data failed its integrity check (" + context + "): " + why));
    }
  }

  private final Key current;
  private final Map<String, SecretKeySpec> ring = new LinkedHashMap<>();
  private final SecureRandom random = new SecureRandom();

  /** Encrypts with {@code current}; decrypts with it and any of {@code older}. */
  public FieldCipher(Key current, List<Key> older) {
    this.current = requireNonNull(current, "current");
    ring.put(current.id(), new SecretKeySpec(current.secret(), "AES"));
    for (Key k : older) {
      checkArgument(!ring.containsKey(k.id()), "field key id %s given twice", k.id());
      ring.put(k.id(), new SecretKeySpec(k.secret(), "AES"));
    }
  }

  public FieldCipher(Key current) {
    this(current, List.of());
  }

  public String currentKeyId() {
    return current.id();
  }

  /** The stored form of {@code plaintext} for the record {@code context}. */
  public String encrypt(String plaintext, String context) {
    requireNonNull(plaintext, "plaintext");
    requireNonNull(context, "context");
    byte[] iv = new byte[IV_BYTES];
    random.nextBytes(iv);
    try {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.ENCRYPT_MODE, ring.get(current.id()), new GCMParameterSpec(TAG_BITS, iv));
      c.updateAAD(aad(current.id(), context));
      byte[] sealed = c.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
      byte[] out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
      return PREFIX + ":" + current.id() + ":" + Base64.getEncoder().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  /** Whether {@code stored} has the form this cipher writes ({@code fc1:<key id>:<base64>}). */
  public static boolean isSealed(String stored) {
    return stored != null && stored.startsWith(PREFIX + ":") && stored.split(":", 3).length == 3;
  }

  /** The plaintext of a stored value of the record {@code context}. */
  public String decrypt(String stored, String context) {
    requireNonNull(stored, "stored");
    requireNonNull(context, "context");
    String[] parts = stored.split(":", 3);
    if (parts.length != 3 || !parts[0].equals(PREFIX)) {
      throw new TamperedException(context, "not an encrypted value");
    }
    SecretKeySpec key = ring.get(parts[1]);
    if (key == null) {
      throw new TamperedException(context, "unknown key id " + parts[1]);
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(parts[2]);
    } catch (IllegalArgumentException e) {
      throw new TamperedException(context, "not base64");
    }
    if (bytes.length < IV_BYTES + TAG_BITS / 8) {
      throw new TamperedException(context, "too short");
    }
    try {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
      c.updateAAD(aad(parts[1], context));
      return new String(c.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8);
    } catch (AEADBadTagException e) {
      throw new TamperedException(context, "authentication tag mismatch");
    } catch (GeneralSecurityException e) {
      throw new TamperedException(context, e.getClass().getSimpleName());
    }
  }

  /** The id of the key a stored value was made with (to find values still to re-encrypt after a rotation). */
  public static String keyIdOf(String stored) {
    String[] parts = stored.split(":", 3);
    checkArgument(parts.length == 3 && parts[0].equals(PREFIX), "not an encrypted value");
    return parts[1];
  }

  private static byte[] aad(String keyId, String context) {
    return (PREFIX + ":" + keyId + ":" + context).getBytes(StandardCharsets.UTF_8);
  }
}
