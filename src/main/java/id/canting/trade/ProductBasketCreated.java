package id.canting.trade;

/** A product basket was created by {@code by}. */
public record ProductBasketCreated(String code, Long id, String by) {
}
