package app.resell.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import app.resell.testing.Api;
import app.resell.testing.ResellIT;
import app.resell.testing.ResellServer;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An access token stops working as soon as its session ends, not when it expires: after sign-out
 * (only that session), after a role change or a deactivation (every session of the user), on the
 * API and on the live-events socket alike.
 */
@ResellIT
class SessionEndIT {

  private static final String ITEMS = "/api/v1/inventory";

  private record Person(String id, String email, String password) {}

  private static Person create(Api api, String role) {
    String email = "ended-" + UUID.randomUUID() + "@resell.test";
    String password = "a-long-password-1";
    String id =
        api.asAdmin()
            .body(Map.of("email", email, "password", password, "role", role))
            .post("/api/v1/users")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    return new Person(id, email, password);
  }

  private static JsonPath signIn(Api api, Person person) {
    return api.anonymous()
        .body(Map.of("email", person.email(), "password", person.password()))
        .post("/api/v1/auth/login")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static void works(Api api, String token) {
    api.anonymous().header("Authorization", "Bearer " + token).get(ITEMS).then().statusCode(200);
  }

  private static void ended(Api api, String token) {
    api.anonymous()
        .header("Authorization", "Bearer " + token)
        .get(ITEMS)
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .body("detail", containsString("sign in again"));
  }

  @Test
  void signingOutEndsThatSessionsAccessTokenButNotTheOthers(Api api) {
    Person person = create(api, "staff");
    JsonPath first = signIn(api, person);
    JsonPath second = signIn(api, person);
    works(api, first.getString("access_token"));

    api.anonymous()
        .body(Map.of("refresh_token", first.getString("refresh_token")))
        .post("/api/v1/auth/logout")
        .then()
        .statusCode(204);

    ended(api, first.getString("access_token"));
    works(api, second.getString("access_token"));
  }

  @Test
  void deactivatingAUserEndsEverySessionAtOnce(Api api) {
    Person person = create(api, "staff");
    JsonPath session = signIn(api, person);
    works(api, session.getString("access_token"));

    api.asAdmin()
        .body(Map.of("active", false))
        .patch("/api/v1/users/" + person.id())
        .then()
        .statusCode(200)
        .body("active", equalTo(false));

    ended(api, session.getString("access_token"));
    api.anonymous()
        .body(Map.of("refresh_token", session.getString("refresh_token")))
        .post("/api/v1/auth/refresh")
        .then()
        .statusCode(401);
    api.anonymous()
        .body(Map.of("email", person.email(), "password", person.password()))
        .post("/api/v1/auth/login")
        .then()
        .statusCode(401);
  }

  @Test
  void aNewRoleTakesEffectAtOnceAndNeedsANewSignIn(Api api) {
    Person person = create(api, "staff");
    String before = signIn(api, person).getString("access_token");
    api.anonymous()
        .header("Authorization", "Bearer " + before)
        .body(Map.of("item_name", "Role change lamp"))
        .post(ITEMS)
        .then()
        .statusCode(201);

    api.asAdmin()
        .body(Map.of("role", "viewer"))
        .patch("/api/v1/users/" + person.id())
        .then()
        .statusCode(200)
        .body("role", equalTo("viewer"));
    ended(api, before);

    // at once, in the same second as the change: the new session is not an ended one
    String after = signIn(api, person).getString("access_token");
    works(api, after);
    api.anonymous()
        .header("Authorization", "Bearer " + after)
        .body(Map.of("item_name", "Role change lamp"))
        .post(ITEMS)
        .then()
        .statusCode(403);
  }

  @Test
  void userChangesAreCheckedAndAnAdminCannotLockThemselvesOut(Api api) {
    Person person = create(api, "viewer");
    api.asAdmin()
        .body(Map.of("role", "owner"))
        .patch("/api/v1/users/" + person.id())
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("role"));
    api.asAdmin()
        .body(Map.of("active", false))
        .patch("/api/v1/users/" + UUID.randomUUID())
        .then()
        .statusCode(404);
    api.as("staff")
        .body(Map.of("active", false))
        .patch("/api/v1/users/" + person.id())
        .then()
        .statusCode(403);

    String adminId =
        api.asAdmin()
            .get("/api/v1/users")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getString("find { it.email == '" + ResellServer.ADMIN_EMAIL + "' }.id");
    assertThat(adminId).isNotNull();
    api.asAdmin()
        .body(Map.of("active", false))
        .patch("/api/v1/users/" + adminId)
        .then()
        .statusCode(409)
        .body("detail", containsString("another admin"));
    api.asAdmin()
        .body(Map.of("role", "staff"))
        .patch("/api/v1/users/" + adminId)
        .then()
        .statusCode(409);
    api.asAdmin().get("/api/v1/users").then().statusCode(200);
  }
}
