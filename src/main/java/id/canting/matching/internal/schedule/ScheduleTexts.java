package id.canting.matching.internal.schedule;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import id.canting.matching.internal.MatchingSlot;

/** A left-out meeting's reason in the reader's language, with participants named and slots given as times. */
@Component
class ScheduleTexts {

	static final DateTimeFormatter SLOT = DateTimeFormatter.ofPattern("d MMM HH:mm");

	private final MessageSource messages;

	ScheduleTexts(MessageSource messages) {
		this.messages = messages;
	}

	String reason(Unplaced unplaced, Map<Long, String> names, List<MatchingSlot> slots) {
		Object[] args = unplaced.args().toArray();
		switch (unplaced.reason()) {
			case UnplacedReasons.NO_COMMON_SLOT, UnplacedReasons.TAKEN -> {
				args[0] = name(names, args[0]);
				args[1] = name(names, args[1]);
			}
			case UnplacedReasons.OVER_SLOTS -> args[0] = name(names, args[0]);
			case UnplacedReasons.LOCKED_CLASH -> {
				int slot = ((Number) args[0]).intValue();
				args[0] = slot < slots.size() ? slots.get(slot).startsAt().format(SLOT) : String.valueOf(slot);
			}
			default -> {
			}
		}
		return messages.getMessage(unplaced.reason(), args, unplaced.reason(), LocaleContextHolder.getLocale());
	}

	/** A participant's name for an id (stored runs give ids back as longs, fresh ones as longs too). */
	private static String name(Map<Long, String> names, Object id) {
		return names.getOrDefault(((Number) id).longValue(), String.valueOf(id));
	}
}
