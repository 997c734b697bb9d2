package app.resell.auth.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.resell.problems.control.ProblemException;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  private static final String EMAIL = "jane.doe@shop.example";

  @Test
  void whatTheProbeGotAcceptedIsRefused() {
    for (String weak :
        new String[] {
          "password12",
          "1234567890",
          "Password2024!",
          "qwertyuiop",
          "aaaaaaaaaaaa",
          "abcabcabcabc",
          "12121212121",
          "iloveyou123",
          "!!letmein99"
        }) {
      assertThat(PasswordPolicy.problem(weak, EMAIL, "Jane Doe")).as(weak).contains("common");
    }
    assertThat(PasswordPolicy.problem("Jane.Doe@Shop.Example", EMAIL, null)).contains("email");
    assertThat(PasswordPolicy.problem("jane.doe12", "jane.doe12@x.example", null))
        .contains("email");
    assertThat(PasswordPolicy.problem("Jane Doe Smith", EMAIL, "jane doe smith")).contains("name");
    assertThat(PasswordPolicy.problem("short1!", EMAIL, null)).contains("at least 10");
    assertThat(PasswordPolicy.problem("x".repeat(201) + "a1", EMAIL, null)).contains("at most 200");
  }

  @Test
  void longUncommonPasswordsPass() {
    for (String good :
        new String[] {
          "correct horse battery staple",
          "it-admin-password-1",
          "password-of-viewer",
          "Tr0mb0ne-Gazebo-Lantern",
          "limits-password-1"
        }) {
      assertThat(PasswordPolicy.problem(good, EMAIL, "Jane Doe")).as(good).isNull();
    }
  }

  @Test
  void aRefusalNamesTheField() {
    assertThatThrownBy(() -> PasswordPolicy.check("new_password", "password12", EMAIL, null))
        .isInstanceOf(ProblemException.class)
        .hasMessageStartingWith("new_password: ");
  }
}
