package id.canting.event;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The secret of a ticket: 13 characters of a 32-letter alphabet without the look-alikes 0, O, 1 and I
 * (65 bits), shown grouped for typing as {@code ABCD-EFGH-JKLMN}. Whoever holds it may see and cancel
 * the ticket.
 */
public record TicketCode(String value) {

	/** The letters a code is made of. */
	public static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
	public static final int LENGTH = 13;
	private static final Pattern FORMAT = Pattern.compile("[" + ALPHABET + "]{" + LENGTH + "}");

	public TicketCode {
		if (!isValid(value)) {
			throw new IllegalArgumentException("not a ticket code");
		}
	}

	/** Whether {@code value} is a code as stored (no dashes, upper case). */
	public static boolean isValid(String value) {
		return value != null && FORMAT.matcher(value).matches();
	}

	/**
	 * What a person typed or a scanner read, in the stored form: dashes, spaces and the ticket page's
	 * address around it removed, upper-cased; {@code null} when it cannot be a code.
	 */
	public static TicketCode parse(String typed) {
		if (typed == null) {
			return null;
		}
		String text = typed.strip();
		int slash = text.lastIndexOf('/');
		if (slash >= 0) {
			text = text.substring(slash + 1);
		}
		int query = text.indexOf('?');
		if (query >= 0) {
			text = text.substring(0, query);
		}
		String bare = text.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
		return isValid(bare) ? new TicketCode(bare) : null;
	}

	/** The code in groups of 4, 4 and 5, as printed on the ticket. */
	public String grouped() {
		return value.substring(0, 4) + "-" + value.substring(4, 8) + "-" + value.substring(8);
	}

	@Override
	public String toString() {
		return value;
	}
}
