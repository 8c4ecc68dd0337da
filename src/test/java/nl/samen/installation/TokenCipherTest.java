package nl.samen.installation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class TokenCipherTest {
  static final String TOKEN = "xoxb-1111-2222-secret";
  final byte[] key = new byte[32];
  final TokenCipher cipher = new TokenCipher(key);

  @Test
  void aSealedToken_opensAgain_andShowsNothingOfItself() {
    String sealed = cipher.encrypt("T1", TOKEN);

    assertThat(sealed).startsWith("v1:").doesNotContain("xoxb").doesNotContain("secret");
    assertThat(cipher.decrypt("T1", sealed)).isEqualTo(TOKEN);
  }

  @Test
  void theSameTokenTwice_isSealedDifferently() {
    assertThat(cipher.encrypt("T1", TOKEN)).isNotEqualTo(cipher.encrypt("T1", TOKEN));
  }

  @Test
  void aTokenCopiedToAnotherTeamsRow_orReadWithAnotherKey_doesNotOpen() {
    String sealed = cipher.encrypt("T1", TOKEN);
    byte[] otherKey = Arrays.copyOf(key, 32);
    otherKey[0] = 1;

    assertThatThrownBy(() -> cipher.decrypt("T2", sealed)).isInstanceOf(IllegalStateException.class)
        .message().doesNotContain(TOKEN);
    assertThatThrownBy(() -> new TokenCipher(otherKey).decrypt("T1", sealed)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aChangedByte_isNoticed() {
    String sealed = cipher.encrypt("T1", TOKEN);
    byte[] bytes = Base64.getDecoder().decode(sealed.substring(3));
    bytes[20] ^= 1;
    String tampered = "v1:" + Base64.getEncoder().encodeToString(bytes);

    assertThatThrownBy(() -> cipher.decrypt("T1", tampered)).isInstanceOf(IllegalStateException.class);
  }
}
