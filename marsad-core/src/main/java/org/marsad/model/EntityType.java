package org.marsad.model;

/** The kind of an entity: the record format's {@code entity.type}. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  LOCATION,
  FACILITY,
  EQUIPMENT
}
