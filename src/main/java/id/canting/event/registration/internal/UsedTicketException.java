package id.canting.event.registration.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import id.canting.shared.ConflictException;

/** A ticket that was checked in before: 409, saying when (WIB) and, as {@code checkedInAt}, the instant. */
public class UsedTicketException extends ConflictException {

	private static final DateTimeFormatter WIB = DateTimeFormatter.ofPattern("HH:mm, dd-MM-yyyy")
		.withZone(ZoneId.of("Asia/Jakarta"));

	private final Instant checkedInAt;

	UsedTicketException(Instant checkedInAt) {
		super("event.registration.check-in.used", WIB.format(checkedInAt));
		this.checkedInAt = checkedInAt;
	}

	public Instant checkedInAt() {
		return checkedInAt;
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("checkedInAt", checkedInAt.toString());
	}
}
