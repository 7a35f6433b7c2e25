package id.canting.shared.web;

/**
 * An amount of rupiah typed into a form field marked {@link Rupiah}, once {@link RupiahFormatter} has
 * read it. A type of its own, not {@code Long}, because Spring retries a {@code Long} that a
 * formatter refused with its lenient number editor, which takes {@code -5} or {@code 0x10}; for this
 * type the formatter's refusal is final.
 */
public record TypedAmount(long value) {

	/** The amount, or null when the field was left empty. */
	public static Long amountOf(TypedAmount typed) {
		return typed == null ? null : typed.value();
	}

	/** The amount as a form shows it again: plain digits. */
	@Override
	public String toString() {
		return Long.toString(value);
	}
}
