package app.resell.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/** An integration test against the real Resell server on a real PostgreSQL. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ResellServerExtension.class)
public @interface ResellIT {

  /** The server's settings; classes naming the same profile share its server and database. */
  Class<? extends ServerProfile> profile() default ServerProfile.Shared.class;
}
