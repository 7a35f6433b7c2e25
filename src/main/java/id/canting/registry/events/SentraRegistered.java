package id.canting.registry.events;


import id.canting.registry.SentraId;
/** A sentra was registered, by {@code by}, in the province {@code provinceCode}. */
public record SentraRegistered(SentraId id, String name, String provinceCode, String by) {
}
