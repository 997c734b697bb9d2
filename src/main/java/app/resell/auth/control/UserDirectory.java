package app.resell.auth.control;

import app.resell.auth.entity.Role;
import app.resell.auth.entity.User;
import app.resell.problems.control.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;

/** The people who may sign in. Runs inside the caller's transaction. */
@ApplicationScoped
public class UserDirectory {

  @PersistenceContext EntityManager em;
  @Inject PasswordHasher passwords;
  @Inject Sessions sessions;

  public List<User> all() {
    return em.createNamedQuery(User.ALL, User.class).getResultList();
  }

  /**
   * Holds, until the transaction ends, the lock under which the first admin is created: instances
   * of a cluster starting together create them once.
   */
  public void lockForBootstrap() {
    em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('resell-admin-bootstrap'))")
        .getSingleResult();
  }

  public boolean exists(String email) {
    return !em.createNamedQuery(User.BY_EMAIL, User.class)
        .setParameter("email", User.normalize(email))
        .getResultList()
        .isEmpty();
  }

  public User create(String email, String displayName, String password, Role role) {
    PasswordPolicy.check("password", password, email, displayName);
    if (exists(email)) {
      throw ProblemException.conflict("A user with the email " + User.normalize(email) + " exists");
    }
    User user = new User(email, displayName, passwords.hash(password), role);
    em.persist(user);
    em.flush();
    return user;
  }

  /**
   * A user's own password change: the current password proves it is them (a stolen access token is
   * not enough), the new one meets {@link PasswordPolicy}, and every session of the user ends, so a
   * device that knew the old password is signed out; the caller gets a new session. A wrong current
   * password is answered like a failed sign-in, by the caller.
   */
  public User changePassword(UUID id, String current, String next) {
    User user = em.find(User.class, id);
    if (user == null || !user.canSignIn()) {
      throw ProblemException.unauthorized("The session has ended; sign in again.");
    }
    if (!passwords.matches(current, user.passwordHash())) {
      throw ProblemException.invalid("current_password", "is not your current password");
    }
    PasswordPolicy.check("new_password", next, user.email(), user.displayName());
    if (passwords.matches(next, user.passwordHash())) {
      throw ProblemException.invalid("new_password", "must differ from the current password");
    }
    user.changePassword(passwords.hash(next));
    sessions.endAll(user);
    em.flush();
    return user;
  }

  /**
   * An admin sets a new password for a user who lost theirs: it meets {@link PasswordPolicy} and
   * every session of the user ends, so whoever knew the old password is signed out.
   */
  public User resetPassword(UUID id, String next) {
    User user = em.find(User.class, id);
    if (user == null) throw ProblemException.notFound("user", id);
    PasswordPolicy.check("password", next, user.email(), user.displayName());
    user.changePassword(passwords.hash(next));
    sessions.endAll(user);
    em.flush();
    return user;
  }

  /**
   * Changes a user's role, whether they may sign in, or their display name ({@code null} leaves a
   * value as it is). A new role or a deactivation ends every session of the user at once, so their
   * current access tokens stop working. An admin cannot deactivate themselves or drop their own
   * admin role: there is always an admin left to undo a change.
   */
  public User change(UUID id, UUID actor, Role role, Boolean active, String displayName) {
    User user = em.find(User.class, id);
    if (user == null) throw ProblemException.notFound("user", id);
    boolean self = id.equals(actor);
    if (self && role != null && role != Role.ADMIN) {
      throw ProblemException.conflict(
          "You cannot remove your own admin role; another admin can change it.");
    }
    if (self && Boolean.FALSE.equals(active)) {
      throw ProblemException.conflict(
          "You cannot deactivate yourself; another admin can deactivate your account.");
    }
    boolean endSessions =
        (role != null && role != user.role()) || (Boolean.FALSE.equals(active) && user.active());
    if (role != null) user.changeRole(role);
    if (active != null) user.activate(active);
    if (displayName != null) user.changeDisplayName(displayName.isBlank() ? null : displayName);
    if (endSessions) sessions.endAll(user);
    em.flush();
    return user;
  }
}
