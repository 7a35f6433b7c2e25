package id.canting.registry.events;


import id.canting.registry.IkmId;
/** An IKM operates again and was reactivated. */
public record IkmActivated(IkmId id, String provinceCode, String by) {
}
