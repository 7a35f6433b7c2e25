package id.canting.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import id.canting.matching.Preference;
import id.canting.matching.RequestStatus;
import id.canting.shared.ConflictException;

/** A request guards its steps and reads as expired once its time is up, before the job marks it. */
class MeetingRequestTest {

	static final Instant NOW = Instant.parse("2024-09-20T03:00:00Z");

	RequestRulesTest people = new RequestRulesTest();

	MeetingRequest request() {
		MeetingRequest r = MeetingRequest.send("HBN-2024", people.buyer, people.seller, Preference.MUST_MEET, null, NOW,
				NOW.plusSeconds(3600));
		ReflectionTestUtils.setField(r, "id", 10L);
		return r;
	}

	@Test
	void readsAsExpiredPastItsTimeAndCannotBeAcceptedThen() {
		MeetingRequest r = request();
		assertThat(r.status(NOW.plusSeconds(3599))).isEqualTo(RequestStatus.PENDING);
		assertThat(r.status(NOW.plusSeconds(3600))).isEqualTo(RequestStatus.EXPIRED);
		assertThatThrownBy(() -> r.accept(null, NOW.plusSeconds(3600))).isInstanceOf(ConflictException.class);
	}

	@Test
	void expiringOrDecliningReleasesThePairAcceptingKeepsIt() {
		MeetingRequest expired = request();
		assertThat(expired.expireIfDue(NOW.plusSeconds(7200))).isTrue();
		assertThat(ReflectionTestUtils.getField(expired, "openPair")).isNull();

		MeetingRequest accepted = request();
		accepted.accept("Sampai jumpa", NOW);
		assertThat(accepted.status(NOW.plusSeconds(7200))).isEqualTo(RequestStatus.ACCEPTED);
		assertThat(ReflectionTestUtils.getField(accepted, "openPair")).isEqualTo("1:2");
		assertThatThrownBy(() -> accepted.withdraw(NOW)).isInstanceOf(ConflictException.class);
	}
}
