package id.canting.registry.events;


import id.canting.registry.IkmId;
/** An IKM was registered, by {@code by}, in the province {@code provinceCode}. */
public record IkmRegistered(IkmId id, String name, String provinceCode, String by) {
}
