package id.canting.event.registration.internal;

import java.time.Instant;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;

import id.canting.shared.ConflictException;
import id.canting.shared.web.Dates;

/** A ticket that was checked in before: 409, saying when (WIB) and, as {@code checkedInAt}, the instant. */
public class UsedTicketException extends ConflictException {

	private final Instant checkedInAt;

	UsedTicketException(Instant checkedInAt) {
		// the moment as the pages write it, in the reader's language: "6 Desember 2026 18:54 WIB"
		super("event.registration.check-in.used", Dates.dateTime(checkedInAt, LocaleContextHolder.getLocale()));
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
