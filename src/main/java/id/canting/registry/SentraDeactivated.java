package id.canting.registry;

/** A sentra stopped operating as an industry centre and was deactivated. */
public record SentraDeactivated(SentraId id, String provinceCode, String by) {
}
