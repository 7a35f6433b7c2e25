package id.canting.registry.events;


import id.canting.registry.IkmId;
/** An IKM stopped operating and was deactivated; it no longer counts in the figures. */
public record IkmDeactivated(IkmId id, String provinceCode, String by) {
}
