package id.canting.event.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import id.canting.event.EventStatus;
import id.canting.shared.CodeLabel;
import id.canting.shared.RuleRefusedException;

/**
 * The guarded steps of an event's life:
 * <ul>
 * <li>DRAFT → OPEN_FOR_EXHIBITORS, only with a call window for exhibitors;</li>
 * <li>DRAFT → PUBLISHED, only for an event <em>without</em> a call for exhibitors (one with a call
 * goes through OPEN_FOR_EXHIBITORS, so that exhibitors can be chosen before the public sees it);</li>
 * <li>OPEN_FOR_EXHIBITORS → PUBLISHED;</li>
 * <li>PUBLISHED → RUNNING, from the event's first day on (Asia/Jakarta);</li>
 * <li>RUNNING → CLOSED.</li>
 * </ul>
 * Everything else (back steps, skipping, leaving CLOSED) is refused with the rule's name (HTTP 422).
 */
public final class EventTransitions {

	private static final Map<EventStatus, Set<EventStatus>> NEXT = Map.of(
			EventStatus.DRAFT, EnumSet.of(EventStatus.OPEN_FOR_EXHIBITORS, EventStatus.PUBLISHED),
			EventStatus.OPEN_FOR_EXHIBITORS, EnumSet.of(EventStatus.PUBLISHED),
			EventStatus.PUBLISHED, EnumSet.of(EventStatus.RUNNING),
			EventStatus.RUNNING, EnumSet.of(EventStatus.CLOSED),
			EventStatus.CLOSED, EnumSet.noneOf(EventStatus.class));

	private EventTransitions() {
	}

	/** The statuses an event may move to from {@code from}, before the guards that depend on the event. */
	public static Set<EventStatus> nextOf(EventStatus from) {
		return NEXT.get(from);
	}

	/**
	 * Checks the step from {@code from} to {@code to} for an event with or without an exhibitor call
	 * and its first day, on {@code today}.
	 *
	 * @throws RuleRefusedException naming the rule that refuses it
	 */
	public static void check(EventStatus from, EventStatus to, boolean hasExhibitorCall, LocalDate startDate,
			LocalDate today) {
		if (!NEXT.get(from).contains(to)) {
			throw new EventTransitionException("event.transition.not-allowed", CodeLabel.of("event.status.", from),
					CodeLabel.of("event.status.", to));
		}
		if (to == EventStatus.OPEN_FOR_EXHIBITORS && !hasExhibitorCall) {
			throw new EventTransitionException("event.transition.needs-exhibitor-call");
		}
		if (from == EventStatus.DRAFT && to == EventStatus.PUBLISHED && hasExhibitorCall) {
			throw new EventTransitionException("event.transition.exhibitor-call-first");
		}
		if (to == EventStatus.RUNNING && today.isBefore(startDate)) {
			throw new EventTransitionException("event.transition.not-started", startDate);
		}
	}

	/** A refused step of an event's life (HTTP 422), with the message key of the rule. */
	public static class EventTransitionException extends RuleRefusedException {

		EventTransitionException(String messageKey, Object... arguments) {
			super(messageKey, arguments);
		}
	}
}
