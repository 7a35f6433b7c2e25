package id.canting.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@link TypedAmount} field of a form or step that holds an amount of rupiah as people type it
 * ({@code 25000000}, {@code 25.000.000}, {@code Rp25.000.000,00}, {@code 25,000,000}); read by
 * {@link RupiahFormatter}. Text that is not an amount is refused in its field with the message key
 * {@link #refusal()}, the typed text as its argument.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.PARAMETER })
public @interface Rupiah {

	/** The message key that names the problem in this field, as the module has always said it. */
	String refusal();
}
