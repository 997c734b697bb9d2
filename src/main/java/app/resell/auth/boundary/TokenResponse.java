package app.resell.auth.boundary;

import app.resell.auth.control.Sessions;

/** What a successful sign-in or refresh answers. */
public record TokenResponse(
    String accessToken,
    String tokenType,
    long expiresIn,
    String refreshToken,
    long refreshExpiresIn,
    UserView user) {

  static TokenResponse of(Sessions.Issued issued) {
    return new TokenResponse(
        issued.accessToken(),
        "Bearer",
        issued.accessLifetime().toSeconds(),
        issued.refreshToken(),
        issued.refreshLifetime().toSeconds(),
        UserView.of(issued.user()));
  }
}
