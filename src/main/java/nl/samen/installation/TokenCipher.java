package nl.samen.installation;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Bot tokens at rest: AES-256-GCM with a fresh 12-byte nonce each time, the team id as associated
 * data (a token copied to another team's row does not decrypt), stored as {@code v1:} and base64 of
 * nonce and ciphertext. The version leaves room for a later key rotation.
 */
final class TokenCipher {
  private static final String PREFIX = "v1:";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private final SecretKeySpec key;
  private final SecureRandom random = new SecureRandom();

  TokenCipher(byte[] key) {
    if (key.length != 32) {
      throw new IllegalArgumentException("An AES-256 key has 32 bytes");
    }
    this.key = new SecretKeySpec(key.clone(), "AES");
  }

  String encrypt(String teamId, String token) {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    byte[] sealed = run(Cipher.ENCRYPT_MODE, teamId, nonce, token.getBytes(StandardCharsets.UTF_8));
    byte[] stored = new byte[NONCE_BYTES + sealed.length];
    System.arraycopy(nonce, 0, stored, 0, NONCE_BYTES);
    System.arraycopy(sealed, 0, stored, NONCE_BYTES, sealed.length);
    return PREFIX + Base64.getEncoder().encodeToString(stored);
  }

  /** @throws IllegalStateException when the value was sealed with another key or for another team */
  String decrypt(String teamId, String stored) {
    if (!stored.startsWith(PREFIX)) {
      throw new IllegalStateException("A stored token of an unknown format");
    }
    byte[] bytes = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
    byte[] nonce = java.util.Arrays.copyOf(bytes, NONCE_BYTES);
    byte[] sealed = java.util.Arrays.copyOfRange(bytes, NONCE_BYTES, bytes.length);
    return new String(run(Cipher.DECRYPT_MODE, teamId, nonce, sealed), StandardCharsets.UTF_8);
  }

  private byte[] run(int mode, String teamId, byte[] nonce, byte[] input) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(teamId.getBytes(StandardCharsets.UTF_8));
      return cipher.doFinal(input);
    } catch (GeneralSecurityException e) {
      // The message names no value: neither the token nor the key may reach a log.
      throw new IllegalStateException("A bot token could not be " + (mode == Cipher.ENCRYPT_MODE
          ? "encrypted" : "decrypted (another SAMEN_TOKEN_KEY, or another team's row)"));
    }
  }
}
