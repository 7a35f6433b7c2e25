package id.canting.registry;

/** A sentra was registered. */
public record SentraRegistered(SentraId id, String regencyCode) {
}
