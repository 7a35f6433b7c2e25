package id.canting.event.exhibitor;

/** Identifies an exhibitor application. */
public record ExhibitorApplicationId(long value) {
}
