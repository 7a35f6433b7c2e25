package id.canting.registry.events;


import id.canting.registry.SentraId;
/** A sentra stopped operating as an industry centre and was deactivated. */
public record SentraDeactivated(SentraId id, String provinceCode, String by) {
}
