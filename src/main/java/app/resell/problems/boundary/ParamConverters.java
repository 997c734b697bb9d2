package app.resell.problems.boundary;

import app.resell.problems.control.ProblemException;
import app.resell.problems.control.Problems;
import app.resell.problems.control.QueryValues;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.UUID;
import java.util.function.Function;

/**
 * Ids and flags in paths and query strings, read one way by every endpoint ({@link QueryValues}): a
 * resource declares {@code @PathParam("id") UUID id} or {@code @QueryParam("permanent") Boolean
 * permanent} and gets a value or a 400 problem naming the parameter, never the runtime's 404 for a
 * value it could not convert. The refusal travels as a {@link WebApplicationException} because the
 * runtime passes only those through unchanged; {@link WebApplicationExceptionMapper} answers it
 * with the problem inside.
 */
@Provider
public class ParamConverters implements ParamConverterProvider {

  @Override
  @SuppressWarnings("unchecked")
  public <T> ParamConverter<T> getConverter(
      Class<T> rawType, Type genericType, Annotation[] annotations) {
    String field = name(annotations);
    if (rawType == UUID.class) {
      return (ParamConverter<T>) new Reading<>(text -> QueryValues.id(field, text));
    }
    if (rawType == Boolean.class) {
      return (ParamConverter<T>) new Reading<>(text -> QueryValues.flag(field, text));
    }
    return null;
  }

  private static String name(Annotation[] annotations) {
    for (Annotation a : annotations) {
      if (a instanceof PathParam p) return p.value();
      if (a instanceof QueryParam q) return q.value();
      if (a instanceof HeaderParam h) return h.value();
      if (a instanceof FormParam f) return f.value();
      if (a instanceof CookieParam c) return c.value();
    }
    return "value";
  }

  private record Reading<T>(Function<String, T> read) implements ParamConverter<T> {

    @Override
    public T fromString(String text) {
      try {
        return read.apply(text);
      } catch (ProblemException refused) {
        throw new WebApplicationException(refused, Problems.response(Problems.of(refused, null)));
      }
    }

    @Override
    public String toString(T value) {
      return value == null ? null : value.toString();
    }
  }
}
