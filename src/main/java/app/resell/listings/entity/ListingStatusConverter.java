package app.resell.listings.entity;

import app.resell.setup.entity.EnumLabels;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** {@link ListingStatus} <-> its PostgreSQL enum label; named on each field. */
@Converter
public class ListingStatusConverter implements AttributeConverter<ListingStatus, String> {

  @Override
  public String convertToDatabaseColumn(ListingStatus value) {
    return EnumLabels.label(value);
  }

  @Override
  public ListingStatus convertToEntityAttribute(String label) {
    return EnumLabels.parse(ListingStatus.class, label);
  }
}
