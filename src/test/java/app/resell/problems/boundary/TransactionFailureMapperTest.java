package app.resell.problems.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import app.resell.problems.control.ProblemException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

class TransactionFailureMapperTest {

  private final TransactionFailureMapper mapper = new TransactionFailureMapper();

  @Test
  void aCommitTheTransactionManagerCouldNotCompleteIs503WithRetryAfter() {
    Response answer =
        mapper.toResponse(
            new TransactionalException(
                "encountered exception during commit", new SystemException("connection lost")));
    assertThat(answer.getStatus()).isEqualTo(503);
    assertThat(answer.getHeaderString("Retry-After")).isEqualTo("5");
    assertThat(answer.getMediaType().toString()).startsWith("application/problem+json");
  }

  @Test
  void otherCommitFailuresAreAnsweredByTheirCause() {
    Response conflict =
        mapper.toResponse(
            new TransactionalException(
                "rolled back", ProblemException.conflict("Item 1 has sales; it cannot be split")));
    assertThat(conflict.getStatus()).isEqualTo(409);
    Response unknown =
        mapper.toResponse(new TransactionalException("rolled back", new RollbackException()));
    assertThat(unknown.getStatus()).isEqualTo(500);
  }
}
