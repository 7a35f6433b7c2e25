package id.canting.programme.catalogue;

/**
 * What the rate table needs to know of a bought machine: where it was made and what the IKM paid
 * for it (IDR, the full price as invoiced).
 */
public record PricedMachine(MachineOrigin origin, long priceIdr) {
}
