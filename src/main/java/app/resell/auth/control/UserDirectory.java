package app.resell.auth.control;

import app.resell.auth.entity.Role;
import app.resell.auth.entity.User;
import app.resell.problems.control.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The people who may sign in. Runs inside the caller's transaction. */
@ApplicationScoped
public class UserDirectory {

  @PersistenceContext EntityManager em;
  @Inject PasswordHasher passwords;

  public List<User> all() {
    return em.createNamedQuery(User.ALL, User.class).getResultList();
  }

  public boolean exists(String email) {
    return !em.createNamedQuery(User.BY_EMAIL, User.class)
        .setParameter("email", User.normalize(email))
        .getResultList()
        .isEmpty();
  }

  public User create(String email, String displayName, String password, Role role) {
    if (password == null || password.length() < PasswordHasher.MIN_LENGTH) {
      throw ProblemException.invalid(
          "password", "must be at least " + PasswordHasher.MIN_LENGTH + " characters");
    }
    if (exists(email)) {
      throw ProblemException.conflict("A user with the email " + User.normalize(email) + " exists");
    }
    User user = new User(email, displayName, passwords.hash(password), role);
    em.persist(user);
    em.flush();
    return user;
  }
}
