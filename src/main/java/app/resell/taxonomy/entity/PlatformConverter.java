package app.resell.taxonomy.entity;

import app.resell.setup.entity.EnumLabels;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** {@link Platform} <-> its PostgreSQL enum label; named on each field (EclipseLink needs that). */
@Converter
public class PlatformConverter implements AttributeConverter<Platform, String> {

  @Override
  public String convertToDatabaseColumn(Platform value) {
    return EnumLabels.label(value);
  }

  @Override
  public Platform convertToEntityAttribute(String label) {
    return EnumLabels.parse(Platform.class, label);
  }
}
