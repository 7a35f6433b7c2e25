package id.canting.registry.events;


import id.canting.registry.IkmId;
import id.canting.registry.IkmChangeId;
/** The provincial office sent an owner's change back, saying why; the IKM kept its values. */
public record IkmChangeReturned(IkmChangeId id, IkmId ikmId, String provinceCode, String reason, String by) {
}
