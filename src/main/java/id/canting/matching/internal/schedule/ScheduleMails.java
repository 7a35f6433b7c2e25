package id.canting.matching.internal.schedule;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import id.canting.matching.internal.MatchingParticipant;
import id.canting.matching.internal.MatchingSlot;
import id.canting.matching.internal.Meeting;
import id.canting.notification.Outbox;
import id.canting.notification.OutgoingMessage;

/**
 * Tells each participant whose meetings a re-schedule moved: one message per person listing the meetings,
 * with whom and their new time (or that it could not be placed), in the person's language.
 */
@Component
class ScheduleMails {

	static final String TOPIC = "matching.meeting-moved";

	private final Outbox outbox;
	private final MessageSource messages;
	private final String baseUrl;

	ScheduleMails(Outbox outbox, MessageSource messages, @Value("${canting.public-base-url}") String baseUrl) {
		this.outbox = outbox;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	void moved(List<Meeting> moved, Map<Long, MatchingParticipant> people, List<MatchingSlot> slots) {
		Map<Long, MatchingSlot> slotById = slots.stream().collect(Collectors.toMap(MatchingSlot::id, s -> s));
		Map<Long, List<Meeting>> byPerson = new LinkedHashMap<>();
		for (Meeting m : moved) {
			byPerson.computeIfAbsent(m.buyer().value(), k -> new ArrayList<>()).add(m);
			byPerson.computeIfAbsent(m.seller().value(), k -> new ArrayList<>()).add(m);
		}
		byPerson.forEach((id, list) -> {
			MatchingParticipant to = people.get(id);
			if (to == null || to.email() == null || to.email().isBlank()) {
				return;
			}
			Locale locale = Locale.forLanguageTag(to.language() == null ? "id" : to.language());
			String lines = list.stream().map(m -> line(m, id, people, slotById, locale)).collect(Collectors.joining("\n"));
			String url = baseUrl + "/events/" + to.eventCode() + "/matching?lang=" + locale.getLanguage();
			String subject = messages.getMessage("matching.schedule.mail.moved.subject", new Object[] { to.eventCode() },
					locale);
			String body = messages.getMessage("matching.schedule.mail.moved.body",
					new Object[] { to.contactName(), lines, url }, locale);
			outbox.enqueue(OutgoingMessage.text(to.email(), locale, subject, body, TOPIC, to.eventCode()));
		});
	}

	private String line(Meeting m, long reader, Map<Long, MatchingParticipant> people, Map<Long, MatchingSlot> slots,
			Locale locale) {
		long otherId = m.buyer().value() == reader ? m.seller().value() : m.buyer().value();
		MatchingParticipant other = people.get(otherId);
		String name = other == null ? String.valueOf(otherId) : other.companyName();
		if (m.slotId() == null) {
			return messages.getMessage("matching.schedule.mail.moved.unplaced", new Object[] { name }, locale);
		}
		String at = slots.get(m.slotId()).startsAt().format(ScheduleTexts.SLOT.withLocale(locale));
		String place = m.tableNo() == null
				? messages.getMessage("matching.schedule.place.booth", null, locale)
				: messages.getMessage("matching.schedule.place.table", new Object[] { m.tableNo() }, locale);
		return messages.getMessage("matching.schedule.mail.moved.line", new Object[] { name, at, place }, locale);
	}
}
