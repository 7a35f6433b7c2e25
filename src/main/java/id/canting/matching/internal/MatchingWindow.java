package id.canting.matching.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import id.canting.event.EventCode;
import id.canting.shared.RuleRefusedException;
import id.canting.shared.web.Dates;

/**
 * When business matching at an event takes sign-ups, requests and answers: until its last slot has
 * ended (Western Indonesian Time, the slots' clock). After that nothing new can still be met, so a
 * request or an acceptance would only leave a meeting that cannot take place; outcomes, attendance and
 * the organiser's work go on. An event whose sessions are not laid out yet is open.
 */
@Component
public class MatchingWindow {

	private final MatchingSlotRepository slots;
	private final Clock clock;

	MatchingWindow(MatchingSlotRepository slots, Clock clock) {
		this.slots = slots;
		this.clock = clock;
	}

	/** @throws RuleRefusedException ({@code matching.core.closed}) once the last slot has ended */
	public void requireOpen(EventCode code) {
		LocalDateTime now = LocalDateTime.now(clock.withZone(Dates.WIB));
		slots.findByEventCode(code.value()).stream().map(MatchingSlot::endsAt).max(Comparator.naturalOrder())
			.filter(end -> !now.isBefore(end))
			.ifPresent(end -> {
				throw new RuleRefusedException("matching.core.closed",
						Dates.dateTime(end.atZone(Dates.WIB).toInstant(), LocaleContextHolder.getLocale()));
			});
	}
}
