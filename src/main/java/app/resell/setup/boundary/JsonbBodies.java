package app.resell.setup.boundary;

import app.resell.setup.control.JsonMapping;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * The API's own JSON reader and writer, JSON-B with {@link JsonMapping}'s configuration
 * (snake_case, ISO dates, exact decimals). Application providers come before a server's built-in
 * ones, so the wire format is the same on every server: WildFly's RESTEasy, for one, switches to
 * Jackson (camelCase, epoch dates) when it finds Jackson-annotated classes in the WAR. Text, bytes,
 * streams and JSON-P values are left to the server's providers, which pass them through as they
 * are.
 */
@Provider
@Produces({MediaType.APPLICATION_JSON, "application/*+json"})
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonbBodies implements MessageBodyReader<Object>, MessageBodyWriter<Object> {

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return bound(type) && json(mediaType);
  }

  @Override
  public Object readFrom(
      Class<Object> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> httpHeaders,
      InputStream entityStream) {
    // JSON-B closes the stream it read; the container owns it
    try {
      return JsonMapping.jsonb()
          .fromJson(
              new FilterInputStream(entityStream) {
                @Override
                public void close() {}
              },
              genericType);
    } catch (JsonbException | JsonException e) {
      // as the servers' own JSON-B providers do: JsonInputMapper answers it 400
      throw new ProcessingException(e);
    }
  }

  @Override
  public boolean isWriteable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return bound(type) && json(mediaType);
  }

  @Override
  public void writeTo(
      Object value,
      Class<?> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, Object> httpHeaders,
      OutputStream entityStream)
      throws IOException {
    // JSON-B closes the stream it wrote; flush instead and leave closing to the container
    JsonMapping.jsonb()
        .toJson(
            value,
            genericType,
            new FilterOutputStream(entityStream) {
              @Override
              public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
              }

              @Override
              public void close() throws IOException {
                flush();
              }
            });
  }

  /** Types JSON-B maps; text, bytes, streams and JSON-P values pass through other providers. */
  private static boolean bound(Class<?> type) {
    return !(CharSequence.class.isAssignableFrom(type)
        || type == byte[].class
        || InputStream.class.isAssignableFrom(type)
        || Reader.class.isAssignableFrom(type)
        || StreamingOutput.class.isAssignableFrom(type)
        || JsonValue.class.isAssignableFrom(type)
        || java.io.File.class.isAssignableFrom(type)
        || java.nio.file.Path.class.isAssignableFrom(type)
        || jakarta.ws.rs.core.EntityPart.class.isAssignableFrom(type));
  }

  private static boolean json(MediaType mediaType) {
    if (mediaType == null) return false;
    String subtype = mediaType.getSubtype();
    return "application".equals(mediaType.getType())
        && ("json".equals(subtype) || subtype.endsWith("+json"));
  }
}
