package app.resell.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import app.resell.testing.Api;
import app.resell.testing.ResellIT;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Passwords (ASVS V2): common ones and one's own email are refused when an account is made, and a
 * signed-in user changes their own password with the current one, which ends their other sessions.
 */
@ResellIT
class PasswordsIT {

  @Test
  void commonPasswordsAndTheEmailItselfAreRefused(Api api) {
    String email = "weak-" + UUID.randomUUID() + "@resell.test";
    for (String weak : new String[] {"password12", "1234567890", email, "Qwertyuiop1"}) {
      api.asAdmin()
          .body(Map.of("email", email, "password", weak, "role", "viewer"))
          .post("/api/v1/users")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo("password"));
    }
    api.asAdmin()
        .body(Map.of("email", email, "password", "tangerine-wallpaper-ox", "role", "viewer"))
        .post("/api/v1/users")
        .then()
        .statusCode(201);
  }

  @Test
  void changingOnesPasswordEndsTheOtherSessions(Api api) {
    String email = "changer-" + UUID.randomUUID() + "@resell.test";
    String old = "first-long-passphrase";
    api.asAdmin()
        .body(Map.of("email", email, "password", old, "role", "viewer"))
        .post("/api/v1/users")
        .then()
        .statusCode(201);
    JsonPath laptop = login(api, email, old).then().statusCode(200).extract().jsonPath();
    JsonPath phone = login(api, email, old).then().statusCode(200).extract().jsonPath();
    String token = laptop.getString("access_token");

    change(api, token, "not-my-password-at-all", "second-long-passphrase")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("current_password"));
    change(api, token, old, "password12")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("new_password"));
    change(api, token, old, email)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("new_password"));
    api.anonymous()
        .body(Map.of("current_password", old, "new_password", "second-long-passphrase"))
        .post("/api/v1/auth/password")
        .then()
        .statusCode(401);

    Response changed = change(api, token, old, "second-long-passphrase");
    changed.then().statusCode(200);
    assertThat(changed.header("Cache-Control")).isEqualTo("no-store");
    String fresh = changed.jsonPath().getString("access_token");

    for (String ended : new String[] {token, phone.getString("access_token")}) {
      api.anonymous()
          .header("Authorization", "Bearer " + ended)
          .get("/api/v1/inventory")
          .then()
          .statusCode(401);
    }
    api.anonymous()
        .body(Map.of("refresh_token", phone.getString("refresh_token")))
        .post("/api/v1/auth/refresh")
        .then()
        .statusCode(401);
    api.anonymous()
        .header("Authorization", "Bearer " + fresh)
        .get("/api/v1/inventory")
        .then()
        .statusCode(200);
    login(api, email, old).then().statusCode(401);
    login(api, email, "second-long-passphrase").then().statusCode(200);
  }

  @Test
  void anAdminSetsANewPasswordForAUserWhoLostTheirs(Api api) {
    String email = "forgetful-" + UUID.randomUUID() + "@resell.test";
    String old = "forgotten-passphrase-9";
    String id =
        api.asAdmin()
            .body(Map.of("email", email, "password", old, "role", "staff"))
            .post("/api/v1/users")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String token = login(api, email, old).then().statusCode(200).extract().path("access_token");

    api.asAdmin()
        .body(Map.of("password", "password12"))
        .post("/api/v1/users/" + id + "/password")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("password"));
    api.as("staff")
        .body(Map.of("password", "kettle-lantern-harbour"))
        .post("/api/v1/users/" + id + "/password")
        .then()
        .statusCode(403);
    api.asAdmin()
        .body(Map.of("password", "kettle-lantern-harbour"))
        .post("/api/v1/users/" + id + "/password")
        .then()
        .statusCode(200)
        .body("email", equalTo(email));

    api.anonymous()
        .header("Authorization", "Bearer " + token)
        .get("/api/v1/inventory")
        .then()
        .statusCode(401);
    login(api, email, old).then().statusCode(401);
    login(api, email, "kettle-lantern-harbour").then().statusCode(200);
  }

  private static Response login(Api api, String email, String password) {
    return api.anonymous()
        .body(Map.of("email", email, "password", password))
        .post("/api/v1/auth/login");
  }

  private static Response change(Api api, String token, String current, String next) {
    return api.anonymous()
        .header("Authorization", "Bearer " + token)
        .body(Map.of("current_password", current, "new_password", next))
        .post("/api/v1/auth/password");
  }
}
