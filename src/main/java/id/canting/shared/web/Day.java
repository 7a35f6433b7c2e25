package id.canting.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code LocalDate} field of a form that holds a day as a browser's date field sends it
 * ({@code 2024-10-02}); read by {@link DayFormatter}. Anything else is refused in its field with
 * {@code validation.date}, as {@link id.canting.shared.DateFields} refuses it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.PARAMETER })
public @interface Day {
}
