package id.canting.matching.internal.agenda;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import id.canting.shared.web.Dates;

/**
 * An agenda's words in the reader's language, shared by the API, the calendar file and the grid:
 * the place ({@code Meja 7} / {@code Table 7}, {@code Stan A3} / {@code Booth A3}) and a slot's time
 * ({@code 09:00–09:20 WIB}).
 */
@Component
public class AgendaTexts {

	private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

	private final MessageSource messages;

	AgendaTexts(MessageSource messages) {
		this.messages = messages;
	}

	/** Where the meeting is: its table, or the seller's booth ({@code –} while not placed). */
	public String place(AgendaMeeting meeting, Locale locale) {
		if (!meeting.placed()) {
			return "–";
		}
		if (meeting.atTable()) {
			return messages.getMessage("matching.agenda.place.table", new Object[] { String.valueOf(meeting.tableNo()) },
					locale);
		}
		return messages.getMessage("matching.agenda.place.booth",
				new Object[] { meeting.booth() == null ? "–" : meeting.booth() }, locale);
	}

	/** {@code 2 Oktober 2024, 09:00–09:20 WIB}; blank while not placed. */
	public String time(AgendaMeeting meeting, Locale locale) {
		if (!meeting.placed()) {
			return "";
		}
		return Dates.date(meeting.startsAt().toLocalDate(), locale) + ", " + HOURS.format(meeting.startsAt()) + "–"
				+ HOURS.format(meeting.endsAt()) + " WIB";
	}

	/** A message of the agenda's bundle keys. */
	String text(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}
}
