package id.canting.matching.internal.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import id.canting.matching.MatchingParticipantId;
import id.canting.matching.MeetingRequestId;
import id.canting.matching.MeetingStatus;
import id.canting.matching.internal.Meeting;
import id.canting.matching.internal.Meeting.Check;
import id.canting.shared.ConflictException;

/**
 * The attendance rule: HELD as soon as either side says held; NO_SHOW when a side says the other did not
 * come and neither says held; a side may correct its own mark; a cancelled meeting cannot be marked.
 */
class MeetingAttendanceRuleTest {

	private static Meeting meeting() {
		return Meeting.fromRequest("HBN-2024", new MeetingRequestId(1), new MatchingParticipantId(1),
				new MatchingParticipantId(2), true, Instant.now());
	}

	@Test
	void eitherSideSayingHeldMakesItHeldWhateverTheOtherSays() {
		Meeting m = meeting();
		m.check(true, Check.NO_SHOW);
		m.check(false, Check.HELD);
		assertThat(m.status()).isEqualTo(MeetingStatus.HELD);
		Meeting n = meeting();
		n.check(true, Check.HELD);
		assertThat(n.status()).isEqualTo(MeetingStatus.HELD);
	}

	@Test
	void aNoShowWithNobodySayingHeldIsANoShow() {
		Meeting m = meeting();
		m.check(false, Check.NO_SHOW);
		assertThat(m.status()).isEqualTo(MeetingStatus.NO_SHOW);
		m.check(true, Check.NO_SHOW);
		assertThat(m.status()).isEqualTo(MeetingStatus.NO_SHOW);
	}

	@Test
	void aSideCorrectsItsOwnMark() {
		Meeting m = meeting();
		m.check(true, Check.NO_SHOW);
		m.check(true, Check.HELD);
		assertThat(m.status()).isEqualTo(MeetingStatus.HELD);
		assertThat(m.buyerChecked()).isEqualTo(Check.HELD);
		assertThat(m.sellerChecked()).isNull();
	}

	@Test
	void aCancelledMeetingCannotBeMarked() {
		Meeting m = meeting();
		m.cancel("admin");
		assertThatThrownBy(() -> m.check(true, Check.HELD)).isInstanceOf(ConflictException.class);
	}
}
