package id.canting.event.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.canting.event.EventStatus;
import id.canting.event.internal.EventTransitions.EventTransitionException;
import id.canting.shared.RuleRefusedException;

/** The steps of an event's life, each refusal naming its rule. */
class EventTransitionsTest {

	static final LocalDate START = LocalDate.of(2031, 10, 2);
	static final LocalDate BEFORE = START.minusDays(1);

	@ParameterizedTest
	@CsvSource({ "DRAFT, OPEN_FOR_EXHIBITORS, true", "DRAFT, PUBLISHED, false", "OPEN_FOR_EXHIBITORS, PUBLISHED, true",
			"PUBLISHED, RUNNING, true", "PUBLISHED, RUNNING, false", "RUNNING, CLOSED, true" })
	void allowsTheStepsInOrder(EventStatus from, EventStatus to, boolean call) {
		assertThatCode(() -> EventTransitions.check(from, to, call, START, START)).doesNotThrowAnyException();
	}

	@ParameterizedTest
	@CsvSource({ "DRAFT, RUNNING", "DRAFT, CLOSED", "OPEN_FOR_EXHIBITORS, DRAFT", "OPEN_FOR_EXHIBITORS, RUNNING",
			"PUBLISHED, DRAFT", "PUBLISHED, CLOSED", "RUNNING, PUBLISHED", "CLOSED, RUNNING", "CLOSED, DRAFT",
			"DRAFT, DRAFT" })
	void refusesBackStepsSkipsAndLeavingClosed(EventStatus from, EventStatus to) {
		assertThatThrownBy(() -> EventTransitions.check(from, to, true, START, START))
			.isInstanceOf(RuleRefusedException.class)
			.extracting(e -> ((EventTransitionException) e).messageKey())
			.isEqualTo("event.transition.not-allowed");
	}

	@Test
	void opensTheCallForExhibitorsOnlyWithItsDates() {
		assertThatThrownBy(() -> EventTransitions.check(EventStatus.DRAFT, EventStatus.OPEN_FOR_EXHIBITORS, false, START,
				START))
			.extracting(e -> ((EventTransitionException) e).messageKey())
			.isEqualTo("event.transition.needs-exhibitor-call");
	}

	@Test
	void anEventWithACallForExhibitorsIsNotPublishedStraightFromDraft() {
		assertThatThrownBy(() -> EventTransitions.check(EventStatus.DRAFT, EventStatus.PUBLISHED, true, START, START))
			.extracting(e -> ((EventTransitionException) e).messageKey())
			.isEqualTo("event.transition.exhibitor-call-first");
	}

	@Test
	void runsFromItsFirstDayOn() {
		assertThatThrownBy(() -> EventTransitions.check(EventStatus.PUBLISHED, EventStatus.RUNNING, false, START, BEFORE))
			.extracting(e -> ((EventTransitionException) e).messageKey())
			.isEqualTo("event.transition.not-started");
		assertThatCode(() -> EventTransitions.check(EventStatus.PUBLISHED, EventStatus.RUNNING, false, START,
				START.plusDays(3)))
			.doesNotThrowAnyException();
	}

	@Test
	void aClosedEventHasNoNextStatus() {
		assertThat(EventTransitions.nextOf(EventStatus.CLOSED)).isEmpty();
		assertThat(EventTransitions.nextOf(EventStatus.DRAFT))
			.containsExactlyInAnyOrder(EventStatus.OPEN_FOR_EXHIBITORS, EventStatus.PUBLISHED);
	}

	@Test
	void thePublicSeesPublishedRunningAndClosedEventsAndRegistersOnlyWhilePublishedOrRunning() {
		assertThat(EventStatus.values()).filteredOn(EventStatus::isPublic)
			.containsExactly(EventStatus.PUBLISHED, EventStatus.RUNNING, EventStatus.CLOSED);
		assertThat(EventStatus.values()).filteredOn(EventStatus::takesRegistrations)
			.containsExactly(EventStatus.PUBLISHED, EventStatus.RUNNING);
	}
}
