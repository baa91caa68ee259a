package org.jiaolianti.application.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** AES-256-GCM with a key ring: round trip, fresh IV, key id kept for rotation, tampering refused. */
class FieldCipherTest {

  private static final String NOTE = "家访：孩子近期睡眠不好，家长担心学业压力 𠮷";
  private final FieldCipher.Key k1 = FieldCipher.Key.generate("k1");
  private final FieldCipher cipher = new FieldCipher(k1);

  @Test
  void roundTripsAndHidesTheText() {
    String stored = cipher.encrypt(NOTE, "HOME_VISIT:v1");

    assertThat(stored).startsWith("fc1:k1:").doesNotContain("家访").doesNotContain("睡眠");
    assertThat(cipher.decrypt(stored, "HOME_VISIT:v1")).isEqualTo(NOTE);
  }

  @Test
  void everyValueGetsAFreshIv() {
    assertThat(cipher.encrypt(NOTE, "c")).isNotEqualTo(cipher.encrypt(NOTE, "c"));
  }

  @Test
  void oldKeysStillDecryptAfterARotation() {
    String before = cipher.encrypt(NOTE, "HOME_VISIT:v1");
    FieldCipher rotated = new FieldCipher(FieldCipher.Key.generate("k2"), List.of(k1));

    assertThat(rotated.decrypt(before, "HOME_VISIT:v1")).isEqualTo(NOTE);
    assertThat(FieldCipher.keyIdOf(rotated.encrypt(NOTE, "HOME_VISIT:v1"))).isEqualTo("k2");
    assertThatThrownBy(() -> new FieldCipher(FieldCipher.Key.generate("k2")).decrypt(before, "HOME_VISIT:v1"))
        .isInstanceOf(FieldCipher.TamperedException.class).hasMessageContaining("unknown key id k1");
  }

  @Test
  void aChangedCutOrMovedValueFailsClearly() {
    String stored = cipher.encrypt(NOTE, "HOME_VISIT:v1");
    String body = stored.substring("fc1:k1:".length());
    byte[] bytes = Base64.getDecoder().decode(body);
    bytes[bytes.length / 2] ^= 1;
    String flipped = "fc1:k1:" + Base64.getEncoder().encodeToString(bytes);

    assertThatThrownBy(() -> cipher.decrypt(flipped, "HOME_VISIT:v1"))
        .isInstanceOf(FieldCipher.TamperedException.class).hasMessageContaining("tag");
    assertThatThrownBy(() -> cipher.decrypt(stored.substring(0, 20), "HOME_VISIT:v1"))
        .isInstanceOf(FieldCipher.TamperedException.class);
    assertThatThrownBy(() -> cipher.decrypt(stored, "HOME_VISIT:v2"))
        .isInstanceOf(FieldCipher.TamperedException.class);
    assertThatThrownBy(() -> cipher.decrypt(NOTE, "HOME_VISIT:v1"))
        .isInstanceOf(FieldCipher.TamperedException.class).hasMessageContaining("not an encrypted value");
  }

  @Test
  void keysAreAes256WithASafeId() {
    assertThatThrownBy(() -> new FieldCipher.Key("k1", new byte[16])).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new FieldCipher.Key("k:1", new byte[32])).isInstanceOf(IllegalArgumentException.class);
    assertThat(FieldCipher.Key.fromBase64("k9", k1.secretBase64()).secret()).isEqualTo(k1.secret());
    assertThat(k1.toString()).doesNotContain(k1.secretBase64());
  }
}
